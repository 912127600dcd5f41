using System.Text.Json;
using Tollgate.Core.Errors;

namespace Tollgate.Core.Artifacts;

/// <summary>
/// Maps a schema-checked <c>tollgate.model.json</c> document to <see cref="ModelManifest"/> by hand. Every command reads a
/// manifest first; the reflection serializer would build converters and emit IL for all its types on each process start
/// (about half of a re-push's JIT work, tests/Tollgate.Benchmarks/README-packaging.md), while this code is precompiled.
/// Writing stays with <see cref="ManifestStore.Serialize"/>; ManifestJsonReaderTests proves the two agree on every field.
/// </summary>
internal static class ManifestJsonReader
{
    public static ModelManifest Read(JsonElement root, string source)
    {
        var lineage = Object(root, "lineage", source);
        var card = Object(root, "card", source);
        var schema = Object(root, "schema", source);
        return new ModelManifest
        {
            SchemaRef = String(root, "$schema", source),
            Name = String(root, "name", source),
            Version = String(root, "version", source),
            Digest = String(root, "digest", source),
            Framework = String(root, "framework", source),
            Files = Files(root, source),
            Schema = new ModelSchema(Columns(schema, "inputs", source), Columns(schema, "outputs", source)),
            Lineage = new Lineage
            {
                Commit = String(lineage, "commit", source),
                Dirty = Required(lineage, "dirty", source).GetBoolean(),
                DataDigest = String(lineage, "dataDigest", source),
                DataRows = Required(lineage, "dataRows", source).GetInt64(),
                TestDataDigest = OptionalString(lineage, "testDataDigest"),
                SpecDigest = String(lineage, "specDigest", source),
                Task = String(lineage, "task", source),
                Trainer = String(lineage, "trainer", source),
                Hyperparameters = Strings(Object(lineage, "hyperparameters", source)),
                Seed = Required(lineage, "seed", source).GetInt32(),
                Deterministic = Required(lineage, "deterministic", source).GetBoolean(),
                DeterminismNote = OptionalString(lineage, "determinismNote"),
                Tools = Strings(Object(lineage, "tools", source)),
            },
            Metrics = Numbers(Object(root, "metrics", source)),
            Created = Required(root, "created", source).GetDateTimeOffset(),
            Card = new ModelCard
            {
                Description = OptionalString(card, "description"),
                IntendedUse = OptionalString(card, "intendedUse"),
                Limitations = OptionalString(card, "limitations"),
                Owners = card.TryGetProperty("owners", out var owners) ? owners.ValueKind == JsonValueKind.Null ? null! : Texts(owners) : [],
                License = OptionalString(card, "license"),
            },
            DigestFormat = root.TryGetProperty("digestFormat", out var format) && format.ValueKind != JsonValueKind.Null ? format.GetInt32() : null,
        };
    }

    // Plain loops: LINQ over JsonElement (a struct) would instantiate generic code the runtime has to JIT.
    private static List<ArtifactFile> Files(JsonElement root, string source)
    {
        var files = new List<ArtifactFile>();
        foreach (var f in Array(root, "files", source))
        {
            files.Add(new ArtifactFile(String(f, "path", source), String(f, "digest", source), Required(f, "size", source).GetInt64()));
        }

        return files;
    }

    private static List<SchemaColumn> Columns(JsonElement schema, string name, string source)
    {
        var columns = new List<SchemaColumn>();
        foreach (var c in Array(schema, name, source))
        {
            columns.Add(new SchemaColumn(String(c, "name", source), String(c, "type", source), OptionalString(c, "kind")));
        }

        return columns;
    }

    private static List<string> Texts(JsonElement array)
    {
        var texts = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            texts.Add(item.GetString()!);
        }

        return texts;
    }

    private static Dictionary<string, string> Strings(JsonElement map)
    {
        var strings = new Dictionary<string, string>();
        foreach (var p in map.EnumerateObject())
        {
            strings[p.Name] = p.Value.GetString()!;
        }

        return strings;
    }

    private static Dictionary<string, double> Numbers(JsonElement map)
    {
        var numbers = new Dictionary<string, double>();
        foreach (var p in map.EnumerateObject())
        {
            numbers[p.Name] = p.Value.GetDouble();
        }

        return numbers;
    }

    private static JsonElement Object(JsonElement parent, string name, string source) => Required(parent, name, source);

    private static JsonElement.ArrayEnumerator Array(JsonElement parent, string name, string source) => Required(parent, name, source).EnumerateArray();

    private static string String(JsonElement parent, string name, string source) => Required(parent, name, source).GetString()!;

    private static string? OptionalString(JsonElement parent, string name) => parent.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static JsonElement Required(JsonElement parent, string name, string source) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value
            : throw new TollgateException(ErrorCodes.ManifestInvalid, $"{source} has no '{name}'.", "Regenerate the artifact with 'tollgate train'.");
}
