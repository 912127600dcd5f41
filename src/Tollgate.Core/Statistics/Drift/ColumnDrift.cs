namespace Tollgate.Core.Statistics.Drift;

/// <summary>Drift result of one column. Null numbers mean "not computed / undefined".</summary>
internal sealed record ColumnDrift
{
    /// <summary>Column name.</summary>
    public required string Column { get; init; }

    /// <summary>numeric, categorical, boolean, timestamp or text.</summary>
    public required string Kind { get; init; }

    /// <summary>drift, no-drift, insufficient-data or skipped.</summary>
    public required string Status { get; init; }

    /// <summary>Whether the column counts as drifted.</summary>
    public bool Drifted { get; init; }

    /// <summary>Hypothesis test used: ks or chi2.</summary>
    public string? Test { get; init; }

    /// <summary>The test statistic (KS D or chi-square X²).</summary>
    public double? Statistic { get; init; }

    /// <summary>Raw p-value.</summary>
    public double? PValue { get; init; }

    /// <summary>p-value after the multiple-testing adjustment.</summary>
    public double? AdjustedPValue { get; init; }

    /// <summary>Effect size used for gating.</summary>
    public string? EffectMetric { get; init; }

    /// <summary>Value of the effect size.</summary>
    public double? EffectSize { get; init; }

    /// <summary>Threshold for the effect size.</summary>
    public double? EffectThreshold { get; init; }

    /// <summary>drifted, stable or inconclusive: the effect size's interval against its threshold (null when not tested or no interval).</summary>
    public string? Verdict { get; init; }

    /// <summary>Confidence interval of the effect size and how it was computed (noncentral-chi-square, dkw).</summary>
    public double? EffectLower { get; init; }

    /// <summary>Upper end of the effect size's interval.</summary>
    public double? EffectUpper { get; init; }

    /// <summary>Method of the effect size's interval.</summary>
    public string? IntervalMethod { get; init; }

    /// <summary>Present (non-missing, finite) reference values.</summary>
    public long ReferenceRows { get; init; }

    /// <summary>Present current values.</summary>
    public long CurrentRows { get; init; }

    /// <summary>Minimum present rows per side needed to test (set when insufficient).</summary>
    public int? MinimumRows { get; init; }

    /// <summary>Missing share in the reference.</summary>
    public double ReferenceMissingRate { get; init; }

    /// <summary>Missing share in the current data.</summary>
    public double CurrentMissingRate { get; init; }

    /// <summary>Whether the missing rate jumped by at least the configured threshold.</summary>
    public bool MissingRateDrift { get; init; }

    /// <summary>All computed metrics (ks_d, ks_pvalue, psi, wasserstein, wasserstein_normalized, jensen_shannon, chi2...).</summary>
    public IReadOnlyDictionary<string, double?> Metrics { get; init; } = new Dictionary<string, double?>();

    /// <summary>Histogram for a report: bin edges (numeric) or categories, with counts per side.</summary>
    public Histogram? Histogram { get; init; }

    /// <summary>ECDF curves of both sides on a common grid (numeric columns).</summary>
    public Ecdf? Ecdf { get; init; }

    /// <summary>Why a column was skipped or is insufficient.</summary>
    public string? Message { get; init; }
}
