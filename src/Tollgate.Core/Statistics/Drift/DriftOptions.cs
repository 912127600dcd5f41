namespace Tollgate.Core.Statistics.Drift;

/// <summary>Settings of a drift run; every value has a documented default (docs/statistics.md).</summary>
public sealed record DriftOptions
{
    /// <summary>Significance level for the per-column tests after adjustment.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>Multiple-testing adjustment across columns: none, bonferroni, holm or bh.</summary>
    public string Adjust { get; init; } = "holm";

    /// <summary>Gate on p-value, effect size, or both.</summary>
    public DriftCriterion Gate { get; init; } = DriftCriterion.Both;

    /// <summary>KS p-value method for numeric columns.</summary>
    public KsMethod KsMethod { get; init; } = KsMethod.Auto;

    /// <summary>Effect size for numeric columns: ks (D), psi, wasserstein (normalised by the reference std) or jensen-shannon.</summary>
    public string NumericEffect { get; init; } = "psi";

    /// <summary>Threshold of <see cref="NumericEffect"/>.</summary>
    public double NumericEffectThreshold { get; init; } = 0.1;

    /// <summary>Effect size for categorical columns: jensen-shannon or psi.</summary>
    public string CategoricalEffect { get; init; } = "jensen-shannon";

    /// <summary>Threshold of <see cref="CategoricalEffect"/>.</summary>
    public double CategoricalEffectThreshold { get; init; } = 0.1;

    /// <summary>Quantile bins for PSI / Jensen–Shannon / histograms.</summary>
    public int Bins { get; init; } = 10;

    /// <summary>PSI replacement for empty bins.</summary>
    public double Epsilon { get; init; } = 1e-4;

    /// <summary>Fewer present values than this on either side gives "insufficient data".</summary>
    public int MinRows { get; init; } = 30;

    /// <summary>An increase of the missing rate by at least this much is drift by itself.</summary>
    public double MissingRateThreshold { get; init; } = 0.1;

    /// <summary>Dataset drift when the share of drifted columns reaches this.</summary>
    public double DriftShareThreshold { get; init; } = 0.5;

    /// <summary>Derive each column's effect threshold from split halves of the reference (<see cref="SplitHalfThreshold"/>).</summary>
    public bool AutoThreshold { get; init; }

    /// <summary>Seed of the random half-splits of <see cref="AutoThreshold"/>.</summary>
    public int AutoThresholdSeed { get; init; } = 42;

    /// <summary>Points of the ECDF curves included for reports.</summary>
    public int EcdfPoints { get; init; } = 101;
}
