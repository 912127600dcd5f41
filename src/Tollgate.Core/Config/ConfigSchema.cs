using System.Text.Json;
using Tollgate.Core.Util;
using YamlDotNet.RepresentationModel;

namespace Tollgate.Core.Config;

/// <summary>
/// Applies the published <c>tollgate.config.v1.schema.json</c> when <c>tollgate.yml</c> loads, so the schema editors
/// use and the loader cannot disagree (a test keeps the schema and the C# sections in step).
/// </summary>
internal static class ConfigSchema
{
    private static readonly Lazy<JsonSchemaValidator> Validator = new(() => JsonSchemaValidator.FromEmbedded("tollgate.config.v1.schema.json"));

    /// <summary>Parses <paramref name="text"/> as YAML; returns the document as JSON, null when empty.</summary>
    public static YamlJson? Parse(string path, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new TollgateException(ErrorCodes.ConfigInvalid, $"{path}({ex.Start.Line},{ex.Start.Column}): {ex.Message}", "Fix the YAML syntax (indentation, quotes, duplicate keys).", ex)
            { File = path, Line = (int)ex.Start.Line, Column = (int)ex.Start.Column };
        }

        if (stream.Documents.Count == 0)
        {
            return null;
        }

        return YamlJson.From(stream.Documents[0].RootNode);
    }

    /// <summary>Throws the first schema violation of <paramref name="json"/> with its location.</summary>
    public static void Validate(string path, YamlJson? json)
    {
        if (json is null)
        {
            return;
        }

        using var document = JsonDocument.Parse(json.Root?.ToJsonString() ?? "null");
        var errors = Validator.Value.Validate(document.RootElement).Where(Matters).ToList();
        if (errors.Count == 0)
        {
            return;
        }

        var first = errors[0];
        var (line, column) = json.Locate(first[..first.IndexOf(':', StringComparison.Ordinal)]) ?? (1, 1);
        var more = errors.Count == 1 ? "" : $" (and {errors.Count - 1} more: {string.Join("; ", errors.Skip(1).Take(5))})";
        throw new TollgateException(ErrorCodes.ConfigInvalid, $"{path}({line},{column}): {Friendly(first)}{more}", "Check the key names and value types against the reference in README.md (schema: src/Tollgate.Core/Schemas/tollgate.config.v1.schema.json).")
        { File = path, Line = line, Column = column };
    }

    // YAML has no string type marker: a plain 1.0 or true where the schema wants a string is read as that string.
    // Unknown keys are left to the deserializer, which knows the allowed keys and suggests the closest one.
    private static bool Matters(string error) =>
        !error.EndsWith(": unknown property", StringComparison.Ordinal) &&
        !(error.Contains(": expected string, found number", StringComparison.Ordinal) || error.Contains(": expected string, found true", StringComparison.Ordinal)
          || error.Contains(": expected string, found false", StringComparison.Ordinal));

    private static string Friendly(string error)
    {
        var colon = error.IndexOf(':', StringComparison.Ordinal);
        var path = error[..colon].TrimStart('$').TrimStart('.');
        var what = error[(colon + 1)..].Trim();
        return $"{(path.Length == 0 ? "the document" : path)}: {what}";
    }
}
