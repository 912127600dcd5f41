using System.Text.Json;

namespace Tollgate.Core.Util;

/// <summary>Combinators, numbers, types and <c>$ref</c> resolution (kept apart from the per-type checks).</summary>
internal sealed partial class JsonSchemaValidator
{
    private void CheckCombinators(JsonElement doc, JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add($"{path}: must be {constant.GetRawText()}");
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            var attempts = anyOf.EnumerateArray().Select(branch => (Errors: Attempt(doc, branch, value, path), Present: Present(branch, value))).ToList();
            if (attempts.All(a => a.Errors.Count > 0))
            {
                // The alternative that came closest (fewest errors, then most of its properties present) says best what is wrong.
                var closest = attempts.OrderBy(a => a.Errors.Count).ThenByDescending(a => a.Present).First().Errors;
                errors.Add($"{path}: matches none of the {attempts.Count} allowed forms; closest: {string.Join("; ", closest)}");
            }
        }

        if (schema.TryGetProperty("if", out var condition) && Attempt(doc, condition, value, path).Count == 0
            && schema.TryGetProperty("then", out var then))
        {
            Check(doc, then, value, path, errors);
        }
    }

    private static int Present(JsonElement branch, JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && branch.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Count(p => value.TryGetProperty(p.Name, out _))
            : 0;

    private List<string> Attempt(JsonElement doc, JsonElement schema, JsonElement value, string path)
    {
        var errors = new List<string>();
        Check(doc, schema, value, path, errors);
        return errors;
    }

    private static void CheckNumber(JsonElement schema, double number, string path, List<string> errors)
    {
        if (schema.TryGetProperty("minimum", out var min) && number < min.GetDouble())
        {
            errors.Add($"{path}: must be >= {min.GetRawText()}");
        }

        if (schema.TryGetProperty("exclusiveMinimum", out var exclusive) && number <= exclusive.GetDouble())
        {
            errors.Add($"{path}: must be > {exclusive.GetRawText()}");
        }
    }

    /// <summary>Resolves <c>#/a/b</c> in the current document or <c>ID#/a/b</c> / <c>ID</c> in another schema of the set.</summary>
    private (JsonElement Doc, JsonElement Schema) Resolve(JsonElement doc, string reference)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var id = hash < 0 ? reference : reference[..hash];
        if (id.Length > 0 && !documents.TryGetValue(id, out doc))
        {
            throw new InvalidOperationException($"Schema '{id}' referenced by $ref is not loaded.");
        }

        var node = doc;
        foreach (var segment in (hash < 0 ? "" : reference[(hash + 1)..]).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node.GetProperty(segment);
        }

        return (doc, node);
    }

    private static bool HasType(JsonElement value, JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => HasType(value, t.GetString()!))
        : HasType(value, type.GetString()!);

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
