using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tollgate.Core.Util;

/// <summary>
/// Validates JSON against the subset of JSON Schema 2020-12 that Tollgate's schemas and the standards it follows
/// (ModelPack config, OpenSSF model signing) use: type, required, properties, additionalProperties, items,
/// min/maxItems, minProperties, enum, const, pattern, minLength, minimum, exclusiveMinimum, anyOf, if/then and
/// $ref (local, or to another schema of the set by its $id). Unknown keywords are ignored, as the spec says for annotations.
/// </summary>
internal sealed partial class JsonSchemaValidator
{
    private readonly JsonElement root;
    private readonly Dictionary<string, JsonElement> documents = new(StringComparer.Ordinal);

    /// <param name="root">The schema to validate against.</param>
    /// <param name="others">Schemas its <c>$ref</c>s may name by <c>$id</c>.</param>
    public JsonSchemaValidator(JsonElement root, IEnumerable<JsonElement>? others = null)
    {
        this.root = root;
        foreach (var schema in (others ?? []).Prepend(root))
        {
            if (schema.TryGetProperty("$id", out var id))
            {
                documents[id.GetString()!] = schema;
            }
        }
    }

    /// <summary>Loads an embedded schema; <paramref name="others"/> are embedded schemas its <c>$ref</c>s point into.</summary>
    public static JsonSchemaValidator FromEmbedded(string fileName, params string[] others) =>
        new(LoadEmbedded(fileName), others.Select(LoadEmbedded));

    private static JsonElement LoadEmbedded(string fileName)
    {
        using var stream = typeof(JsonSchemaValidator).Assembly.GetManifestResourceStream($"Tollgate.Schemas.{fileName}")
            ?? throw new InvalidOperationException($"Schema {fileName} is not embedded.");
        return JsonDocument.Parse(stream).RootElement.Clone();
    }

    /// <summary>Returns one message per violation, each starting with the JSON path ("$.lineage.seed").</summary>
    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement doc, JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            (doc, var target) = Resolve(doc, reference.GetString()!);
            Check(doc, target, value, path, errors);
        }

        if (schema.TryGetProperty("type", out var type) && !HasType(value, type))
        {
            errors.Add($"{path}: expected {type.ToString().Replace("\"", "", StringComparison.Ordinal)}, found {Describe(value)}");
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            errors.Add($"{path}: must be one of {allowed.GetRawText()}");
        }

        CheckCombinators(doc, schema, value, path, errors);
        switch (value.ValueKind)
        {
            case JsonValueKind.Object: CheckObject(doc, schema, value, path, errors); break;
            case JsonValueKind.Array: CheckArray(doc, schema, value, path, errors); break;
            case JsonValueKind.String: CheckString(schema, value.GetString()!, path, errors); break;
            case JsonValueKind.Number: CheckNumber(schema, value.GetDouble(), path, errors); break;
        }
    }

    private void CheckObject(JsonElement doc, JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
            {
                errors.Add($"{path}: missing required property '{name}'");
            }
        }

        if (schema.TryGetProperty("minProperties", out var minProperties) && value.EnumerateObject().Count() < minProperties.GetInt32())
        {
            errors.Add($"{path}: needs at least {minProperties.GetInt32()} propert{(minProperties.GetInt32() == 1 ? "y" : "ies")}");
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        var additional = schema.TryGetProperty("additionalProperties", out var a) ? a : default;
        foreach (var property in value.EnumerateObject())
        {
            var childPath = $"{path}.{property.Name}";
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var childSchema))
            {
                Check(doc, childSchema, property.Value, childPath, errors);
            }
            else if (additional.ValueKind == JsonValueKind.False)
            {
                errors.Add($"{childPath}: unknown property");
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(doc, additional, property.Value, childPath, errors);
            }
        }
    }

    private void CheckArray(JsonElement doc, JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("minItems", out var minItems) && value.GetArrayLength() < minItems.GetInt32())
        {
            errors.Add($"{path}: needs at least {minItems.GetInt32()} item(s)");
        }

        if (schema.TryGetProperty("maxItems", out var maxItems) && value.GetArrayLength() > maxItems.GetInt32())
        {
            errors.Add($"{path}: allows at most {maxItems.GetInt32()} item(s)");
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(doc, items, item, $"{path}[{index++}]", errors);
            }
        }
    }

    private static void CheckString(JsonElement schema, string text, string path, List<string> errors)
    {
        if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
        {
            errors.Add($"{path}: must not be shorter than {minLength.GetInt32()}");
        }

        if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
        {
            errors.Add($"{path}: '{text}' does not match {pattern.GetString()}");
        }

        if (schema.TryGetProperty("format", out var format) && format.GetString() == "date-time" && !DateTimeOffset.TryParse(text, out _))
        {
            errors.Add($"{path}: '{text}' is not an RFC 3339 date-time");
        }
    }
}
