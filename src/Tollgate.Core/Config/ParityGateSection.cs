namespace Tollgate.Core.Config;

/// <summary>Candidate vs the running model on the same holdout rows (and optionally replayed production requests).</summary>
internal sealed class ParityGateSection
{
    /// <summary>Minimum share of rows with the same predicted class (classification) or within ±margin (regression replay).</summary>
    public double? MinAgreement { get; set; }

    /// <summary>Accuracy-difference bound (classification) or TOST equivalence margin on predictions (regression).</summary>
    public double? Margin { get; set; }
    public double Alpha { get; set; } = 0.05;

    /// <summary>JSON lines of logged production requests (one object of input columns per line), relative to tollgate.yml.</summary>
    public string? Replay { get; set; }
}
