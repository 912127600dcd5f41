using System.Collections;
using System.Reflection;
using System.Text.Json;
using Tollgate.Core.Config;

namespace Tollgate.Core.Tests.Config;

/// <summary>The embedded schema applied at load and the C# sections YamlDotNet fills describe the same keys, level by level.</summary>
public class ConfigSchemaModelTests
{
    private static readonly JsonElement Schema = LoadSchema();

    private static JsonElement LoadSchema()
    {
        using var stream = typeof(TollgateConfig).Assembly.GetManifestResourceStream("Tollgate.Schemas.tollgate.config.v1.schema.json")!;
        return JsonDocument.Parse(stream).RootElement.Clone();
    }

    private static JsonElement Resolve(JsonElement node) =>
        node.TryGetProperty("$ref", out var r) ? Schema.GetProperty("$defs").GetProperty(r.GetString()!["#/$defs/".Length..]) : node;

    private static IEnumerable<string> Mismatches(Type type, JsonElement node, string path)
    {
        node = Resolve(node);
        // Non-public too: YamlDotNet fills TollgateConfig's internal section properties (IncludeNonPublicProperties).
        var yamlKeys = type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<YamlDotNet.Serialization.YamlIgnoreAttribute>() is null)
            .ToDictionary(p => p.GetCustomAttribute<YamlDotNet.Serialization.YamlMemberAttribute>()?.Alias ?? char.ToLowerInvariant(p.Name[0]) + p.Name[1..], p => p.PropertyType);
        var schemaKeys = node.TryGetProperty("properties", out var props) ? props.EnumerateObject().ToDictionary(p => p.Name, p => p.Value) : [];
        foreach (var missing in yamlKeys.Keys.Except(schemaKeys.Keys))
        {
            yield return $"{path}.{missing}: in the C# model, not in the schema";
        }

        foreach (var missing in schemaKeys.Keys.Except(yamlKeys.Keys))
        {
            yield return $"{path}.{missing}: in the schema, not in the C# model";
        }

        foreach (var (key, propertyType) in yamlKeys.Where(k => schemaKeys.ContainsKey(k.Key)))
        {
            var child = Resolve(schemaKeys[key]);
            var element = Nullable.GetUnderlyingType(propertyType) ?? propertyType;
            if (element.IsGenericType && element.GetGenericTypeDefinition() == typeof(List<>))
            {
                element = element.GetGenericArguments()[0];
                child = child.TryGetProperty("items", out var items) ? Resolve(items) : child;
            }

            if (element.Namespace == typeof(TollgateConfig).Namespace && element.IsClass && !typeof(IEnumerable).IsAssignableFrom(element))
            {
                foreach (var m in Mismatches(element, child, $"{path}.{key}"))
                {
                    yield return m;
                }
            }
        }
    }

    [Test]
    public void Every_key_of_the_CSharp_model_is_in_the_schema_and_the_reverse() =>
        Assert.That(Mismatches(typeof(TollgateConfig), Schema, "$").ToList(), Is.Empty);
}
