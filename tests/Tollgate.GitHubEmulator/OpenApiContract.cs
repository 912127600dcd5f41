using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tollgate.GitHubEmulator;

/// <summary>
/// The copied OpenAPI subset of GitHub's REST description, and a small validator for the keywords it uses
/// ($ref, type, nullable, enum, required, properties, additionalProperties, items, oneOf/anyOf/allOf, maxLength, minimum/maximum).
/// </summary>
public sealed class OpenApiContract
{
    private readonly JsonElement root;

    private OpenApiContract(JsonDocument document) => root = document.RootElement;

    /// <summary>The contract embedded in this assembly.</summary>
    public static OpenApiContract Load()
    {
        using var stream = typeof(OpenApiContract).Assembly.GetManifestResourceStream("Tollgate.GitHubEmulator.deployments-openapi.json")
            ?? throw new InvalidOperationException("Embedded OpenAPI contract is missing.");
        return new OpenApiContract(JsonDocument.Parse(stream));
    }

    /// <summary>The JSON request body schema of an operation, e.g. ("/repos/{owner}/{repo}/deployments", "post").</summary>
    public JsonElement RequestSchema(string path, string method) =>
        root.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("requestBody")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");

    /// <summary>The JSON response schema of an operation for one status code.</summary>
    public JsonElement ResponseSchema(string path, string method, int status) =>
        root.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses").GetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");

    /// <summary>Validation errors as GitHub reports them: (field, code), empty when valid.</summary>
    public IReadOnlyList<(string Field, string Code)> Validate(JsonNode? instance, JsonElement schema)
    {
        var errors = new List<(string, string)>();
        Check(instance, schema, "", errors);
        return errors;
    }

    private void Check(JsonNode? node, JsonElement schema, string path, List<(string, string)> errors)
    {
        schema = Resolve(schema);
        if (node is null)
        {
            var nullable = schema.TryGetProperty("nullable", out var n) && n.GetBoolean()
                || (schema.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null");
            if (!nullable && (schema.TryGetProperty("type", out _) || schema.TryGetProperty("$ref", out _)))
            {
                errors.Add((path, "invalid"));
            }

            return;
        }

        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(keyword, out var options))
            {
                var matches = options.EnumerateArray().Count(o => Validate(node, o).Count == 0);
                if (keyword == "oneOf" ? matches != 1 : matches == 0)
                {
                    errors.Add((path, "invalid"));
                }
            }
        }

        if (schema.TryGetProperty("allOf", out var all))
        {
            foreach (var part in all.EnumerateArray())
            {
                Check(node, part, path, errors);
            }
        }

        if (schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && !HasType(node, type.GetString()!))
        {
            errors.Add((path, "invalid"));
            return;
        }

        if (schema.TryGetProperty("enum", out var values) && node is JsonValue
            && !values.EnumerateArray().Any(v => JsonNode.DeepEquals(JsonNode.Parse(v.GetRawText()), node)))
        {
            errors.Add((path, "invalid"));
        }

        if (schema.TryGetProperty("maxLength", out var max) && node is JsonValue s && s.TryGetValue<string>(out var text) && text.Length > max.GetInt32())
        {
            errors.Add((path, "invalid"));
        }

        if (node is JsonValue num && num.TryGetValue<double>(out var d)
            && ((schema.TryGetProperty("minimum", out var lo) && d < lo.GetDouble()) || (schema.TryGetProperty("maximum", out var hi) && d > hi.GetDouble())))
        {
            errors.Add((path, "invalid"));
        }

        if (node is JsonObject obj)
        {
            CheckObject(obj, schema, path, errors);
        }
        else if (node is JsonArray array && schema.TryGetProperty("items", out var items))
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(array[i], items, $"{path}[{i}]", errors);
            }
        }
    }

    private void CheckObject(JsonObject obj, JsonElement schema, string path, List<(string, string)> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(r => !obj.ContainsKey(r)))
            {
                errors.Add((Join(path, name), "missing_field"));
            }
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        foreach (var (name, value) in obj)
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var propertySchema))
            {
                Check(value, propertySchema, Join(path, name), errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var extra))
            {
                if (extra.ValueKind == JsonValueKind.False)
                {
                    errors.Add((Join(path, name), "unprocessable"));
                }
                else if (extra.ValueKind == JsonValueKind.Object)
                {
                    Check(value, extra, Join(path, name), errors);
                }
            }
        }
    }

    private JsonElement Resolve(JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            var current = root;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                current = current.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
            }

            schema = current;
        }

        return schema;
    }

    private static bool HasType(JsonNode node, string type) => (type, node.GetValueKind()) switch
    {
        ("object", JsonValueKind.Object) => true,
        ("array", JsonValueKind.Array) => true,
        ("string", JsonValueKind.String) => true,
        ("boolean", JsonValueKind.True or JsonValueKind.False) => true,
        ("number", JsonValueKind.Number) => true,
        ("integer", JsonValueKind.Number) => node.AsValue().TryGetValue<long>(out _),
        _ => false,
    };

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
