namespace Tollgate.Core.Environments.Rollout.Canary;

/// <summary>
/// The evidence of one look of the canary judge: observed traffic, the sequential statistic against its boundary, the
/// error-rate difference with its interval, the optional latency comparison, and the decision.
/// </summary>
internal sealed record CanaryLook
{
    /// <summary>1-based step number and its planned candidate traffic share in percent.</summary>
    public required int Step { get; init; }
    public required double TrafficPercent { get; init; }

    /// <summary>Cumulative counts since the canary began.</summary>
    public required ArmCounts Candidate { get; init; }
    public required ArmCounts Baseline { get; init; }

    /// <summary>p-value of the chi-square check of this step's traffic split against the plan (null when not checked).</summary>
    public double? SrmPValue { get; init; }

    /// <summary>Information fraction t_k of this look (from the traffic observed so far); null when the look was not taken.</summary>
    public double? InformationFraction { get; init; }

    /// <summary>One-sided z of candidate minus baseline error rate (pooled), and the boundary it must not reach.</summary>
    public double? ErrorStatistic { get; init; }
    public double? Boundary { get; init; }

    /// <summary>Candidate − baseline error rate with Newcombe's hybrid score interval.</summary>
    public double? ErrorRateDifference { get; init; }
    public double? DifferenceLower { get; init; }
    public double? DifferenceUpper { get; init; }

    /// <summary>Standardised Mann–Whitney z of candidate vs baseline latency (higher = candidate slower), and the median difference.</summary>
    public double? LatencyStatistic { get; init; }
    public double? MedianLatencyDifferenceMs { get; init; }

    /// <summary>continue, pass, regression, sample-ratio-mismatch, inconclusive or untrustworthy.</summary>
    public required string Decision { get; init; }
    public required string Reason { get; init; }

    /// <summary>Whether the rollout may go on (continue or pass).</summary>
    public bool Proceeds => Decision is CanaryDecision.Continue or CanaryDecision.Pass;
}
