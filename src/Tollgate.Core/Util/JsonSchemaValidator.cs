using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tollgate.Core.Util;

/// <summary>
/// Validates JSON against the subset of JSON Schema 2020-12 that Tollgate's own schemas use:
/// type, required, properties, additionalProperties, items, minItems, enum, pattern, minLength,
/// minimum and local $ref. Unknown keywords are ignored, as the spec says for annotations.
/// </summary>
public sealed class JsonSchemaValidator(JsonElement root)
{
    public static JsonSchemaValidator FromEmbedded(string fileName)
    {
        using var stream = typeof(JsonSchemaValidator).Assembly.GetManifestResourceStream($"Tollgate.Schemas.{fileName}")
            ?? throw new InvalidOperationException($"Schema {fileName} is not embedded.");
        return new JsonSchemaValidator(JsonDocument.Parse(stream).RootElement.Clone());
    }

    /// <summary>Returns one message per violation, each starting with the JSON path ("$.lineage.seed").</summary>
    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            schema = Resolve(reference.GetString()!);
        }

        if (schema.TryGetProperty("type", out var type) && !HasType(value, type.GetString()!))
        {
            errors.Add($"{path}: expected {type.GetString()}, found {Describe(value)}");
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            errors.Add($"{path}: must be one of {allowed.GetRawText()}");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object: CheckObject(schema, value, path, errors); break;
            case JsonValueKind.Array: CheckArray(schema, value, path, errors); break;
            case JsonValueKind.String: CheckString(schema, value.GetString()!, path, errors); break;
            case JsonValueKind.Number:
                if (schema.TryGetProperty("minimum", out var min) && value.GetDouble() < min.GetDouble())
                {
                    errors.Add($"{path}: must be >= {min.GetRawText()}");
                }

                break;
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
            {
                errors.Add($"{path}: missing required property '{name}'");
            }
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        var additional = schema.TryGetProperty("additionalProperties", out var a) ? a : default;
        foreach (var property in value.EnumerateObject())
        {
            var childPath = $"{path}.{property.Name}";
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var childSchema))
            {
                Check(childSchema, property.Value, childPath, errors);
            }
            else if (additional.ValueKind == JsonValueKind.False)
            {
                errors.Add($"{childPath}: unknown property");
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(additional, property.Value, childPath, errors);
            }
        }
    }

    private void CheckArray(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("minItems", out var minItems) && value.GetArrayLength() < minItems.GetInt32())
        {
            errors.Add($"{path}: needs at least {minItems.GetInt32()} item(s)");
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, $"{path}[{index++}]", errors);
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

    private JsonElement Resolve(string reference)
    {
        var node = root;
        foreach (var segment in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node.GetProperty(segment);
        }

        return node;
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => true,
    };

    private static string Describe(JsonElement value) => value.ValueKind.ToString().ToLowerInvariant();
}
