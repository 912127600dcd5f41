using Tollgate.Core.Environments;

namespace Tollgate.Core.Gates;

/// <summary>All gate verdicts for one candidate entering one environment.</summary>
public sealed record GateReport
{
    public string SchemaVersion { get; init; } = "1";
    public required string Environment { get; init; }
    public required ModelRef Candidate { get; init; }
    public required IReadOnlyList<GateResult> Gates { get; init; }
    public required DateTimeOffset EvaluatedAt { get; init; }

    /// <summary>True when no gate of severity <c>fail</c> failed (warnings never block).</summary>
    public bool Passed => Gates.All(g => g.Passed || g.Severity == "warn");

    public string Summary =>
        Gates.Count == 0
            ? "no gates configured"
            : $"{Gates.Count(g => g.Passed)}/{Gates.Count} gates passed" + (Passed ? "" : ": " + string.Join("; ", Gates.Where(g => !g.Passed).Select(g => g.Message)));
}
