namespace Tollgate.Core.Config;

/// <summary>
/// <c>strategy.health.judge</c>: the comparative canary judge (candidate vs the model live before, per step), a group
/// sequential test across the planned steps. See docs/statistics.md, "Canary judge".
/// </summary>
internal sealed class CanaryJudgeSection
{
    /// <summary>One-sided false-alarm rate over all steps together (split evenly between the judged metrics).</summary>
    public double Alpha { get; set; } = 0.05;

    /// <summary>obrien-fleming (strict early, lenient late) or pocock (even across looks); asOF/asP also accepted.</summary>
    public string Spending { get; set; } = "obrien-fleming";

    /// <summary>A step is judged only once the candidate got this many requests in it and the baseline this many in total.</summary>
    public long MinRequests { get; set; } = 1000;

    /// <summary>Sample-ratio-mismatch check: a step whose traffic split has a chi-square p-value below this stops the rollout.</summary>
    public double SrmAlpha { get; set; } = 0.001;

    /// <summary>Optional non-inferiority margin: the last step passes only when the upper bound of the error-rate increase is at most this.</summary>
    public double? MaxErrorRateIncrease { get; set; }

    /// <summary>Also judge latency (Mann–Whitney on the per-deployment latency samples, higher = worse).</summary>
    public bool Latency { get; set; }

    /// <summary>Seconds an inconclusive step keeps waiting for traffic; 0 fails closed at once.</summary>
    public double Deadline { get; set; }

    /// <summary>Seconds between readings of the health source while a step is inconclusive.</summary>
    public double Poll { get; set; } = 30;

    /// <summary>Level of the reported two-sided intervals (Newcombe for the error-rate difference).</summary>
    public double Confidence { get; set; } = 0.95;

    /// <summary>The spending design as rpact names it (asOF, asP).</summary>
    public string Design => Spending switch
    {
        "obrien-fleming" or "asOF" => "asOF",
        "pocock" or "asP" => "asP",
        _ => Spending,
    };
}
