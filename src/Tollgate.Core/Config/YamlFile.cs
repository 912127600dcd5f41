using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tollgate.Core.Config;

/// <summary>Strict YAML reading: unknown keys and wrong types fail with file, line and column.</summary>
internal static class YamlFile
{
    // Non-public properties too: TollgateConfig keeps its sections internal (Core's public API leaves them out).
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IncludeNonPublicProperties()
        .Build();

    public static T Deserialize<T>(string path, string errorCode)
        where T : new() => Deserialize<T>(path, ConfigText.Read(path), errorCode);

    public static T Deserialize<T>(string path, string text, string errorCode)
        where T : new()
    {
        try
        {
            return Deserializer.Deserialize<T>(new StringReader(text)) ?? new T();
        }
        catch (YamlException ex)
        {
            var detail = ex.InnerException?.Message ?? ex.Message;
            throw new TollgateException(
                errorCode,
                $"{path}({ex.Start.Line},{ex.Start.Column}): {Simplify(detail)}",
                "Check the key names and value types against the reference in README.md.",
                ex)
            {
                File = Path.GetFullPath(path),
                Line = (int)ex.Start.Line,
                Column = (int)ex.Start.Column,
            };
        }
    }

    // YamlDotNet says "Property 'x' not found on type 'Tollgate...'"; users need the key and a suggestion.
    private static string Simplify(string message)
    {
        if (!message.Contains("not found on type", StringComparison.Ordinal))
        {
            return WithoutTypeNames(message);
        }

        var parts = message.Split('\'');
        if (parts.Length < 4)
        {
            return WithoutTypeNames(message);
        }

        var key = parts[1];
        var type = typeof(YamlFile).Assembly.GetType(parts[3]);
        var known = type?.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(p => p.CanWrite).Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]).ToList() ?? [];
        var suggestion = DidYouMean.Closest(key, known);
        return $"unknown key '{key}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?") + (known.Count > 0 ? $" (allowed here: {string.Join(", ", known)})" : "");
    }

    // Users write YAML, not C#: "Failed to create an instance of type 'Tollgate.Core.Config.GateSection'" says nothing to them.
    private static string WithoutTypeNames(string message) =>
        System.Text.RegularExpressions.Regex.IsMatch(message, @"\b(?:Tollgate|System|YamlDotNet)\.[A-Z]")
            ? "this value has the wrong type or shape for its key (e.g. text where a list or number is expected)"
            : message;
}
