using System.Text.Json.Serialization;

namespace Tollgate.Core.Artifacts;

/// <summary>
/// <c>tollgate.model.json</c>: the machine-readable model card plus lineage of one model version.
/// Field order here is the order written to disk.
/// </summary>
internal sealed record ModelManifest
{
    public const string FileName = "tollgate.model.json";
    public const string SchemaId = "https://tollgate.dev/schemas/tollgate.model.v1.schema.json";

    [JsonPropertyName("$schema")]
    public string SchemaRef { get; init; } = SchemaId;
    public required string Name { get; init; }
    public required string Version { get; init; }
    public required string Digest { get; init; }
    public required string Framework { get; init; }
    public required IReadOnlyList<ArtifactFile> Files { get; init; }
    public required ModelSchema Schema { get; init; }
    public required Lineage Lineage { get; init; }
    public required IReadOnlyDictionary<string, double> Metrics { get; init; }
    public required DateTimeOffset Created { get; init; }
    public required ModelCard Card { get; init; }

    /// <summary>
    /// How <see cref="Digest"/> was computed: 2 = files plus schema, metrics and card (written since this field exists),
    /// 1 = files only (earlier versions). Absent in manifests written before the field: the digest itself tells which.
    /// </summary>
    public int? DigestFormat { get; init; }

    /// <summary>Set when read: the digest is format 1, so the files are verified but the metrics are not (see <see cref="ContentDigest"/>).</summary>
    [JsonIgnore]
    public bool LegacyDigest { get; init; }
}

/// <summary>One file of the artifact, with its own digest and size.</summary>
internal sealed record ArtifactFile(string Path, string Digest, long Size);

/// <summary>The model's input and output columns.</summary>
internal sealed record ModelSchema(IReadOnlyList<SchemaColumn> Inputs, IReadOnlyList<SchemaColumn> Outputs);

/// <summary>A named, typed column; <c>Kind</c> is numeric, categorical, text, boolean or label.</summary>
internal sealed record SchemaColumn(string Name, string Type, string? Kind = null);

/// <summary>Where the model came from: code, data, spec, settings and tools.</summary>
internal sealed record Lineage
{
    public required string Commit { get; init; }
    public required bool Dirty { get; init; }
    public required string DataDigest { get; init; }
    public required long DataRows { get; init; }
    public string? TestDataDigest { get; init; }
    public required string SpecDigest { get; init; }
    public required string Task { get; init; }
    public required string Trainer { get; init; }
    public required IReadOnlyDictionary<string, string> Hyperparameters { get; init; }
    public required int Seed { get; init; }
    public required bool Deterministic { get; init; }
    public string? DeterminismNote { get; init; }
    public required IReadOnlyDictionary<string, string> Tools { get; init; }
}

/// <summary>Human-facing model card fields.</summary>
internal sealed record ModelCard
{
    public string? Description { get; init; }
    public string? IntendedUse { get; init; }
    public string? Limitations { get; init; }
    public IReadOnlyList<string> Owners { get; init; } = [];
    public string? License { get; init; }
}
