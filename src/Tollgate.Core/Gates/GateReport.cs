using Tollgate.Core.Environments;

namespace Tollgate.Core.Gates;

/// <summary>All gate verdicts for one candidate entering one environment.</summary>
internal sealed record GateReport
{
    public const string SchemaId = "https://tollgate.dev/schemas/tollgate.gate-report.v1.schema.json";

    [System.Text.Json.Serialization.JsonPropertyName("$schema")]
    public string SchemaRef { get; init; } = SchemaId;
    public required string Environment { get; init; }
    public required ModelRef Candidate { get; init; }

    /// <summary>The model running in the environment when the gates ran; null for a first deployment.</summary>
    public ModelRef? Baseline { get; init; }
    public required IReadOnlyList<GateResult> Gates { get; init; }
    public required DateTimeOffset EvaluatedAt { get; init; }

    /// <summary>Fingerprint of the gates' inputs (<see cref="GateInputs"/>); null when a gate's inputs cannot be fingerprinted.</summary>
    public string? InputsFingerprint { get; init; }

    /// <summary>True when no gate of severity <c>fail</c> failed (warnings never block).</summary>
    public bool Passed => Gates.All(g => g.Passed || g.Severity == "warn");

    public string Summary =>
        Gates.Count == 0
            ? "no gates configured"
            : $"{Gates.Count(g => g.Passed)}/{Gates.Count} gates passed" + (Gates.Any(g => g.Verdict == "warn") ? $", {Gates.Count(g => g.Verdict == "warn")} warning(s)" : "") + (Passed ? "" : ": " + string.Join("; ", Gates.Where(g => g.Verdict == "fail").Select(g => g.Message)));
}
