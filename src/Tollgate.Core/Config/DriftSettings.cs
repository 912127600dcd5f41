using System.Globalization;
using Tollgate.Core.Statistics;
using Tollgate.Core.Statistics.Drift;
using YamlDotNet.Serialization;

namespace Tollgate.Core.Config;

/// <summary>
/// How drift is measured, spelled once for the top-level <c>drift:</c> section (read by <c>tollgate drift
/// --config</c>) and for every drift gate (which adds reference, current and columns), with the same defaults.
/// </summary>
internal class DriftSettings
{
    /// <summary>
    /// <c>threshold:</c> as written: a number (effect size above it means drift — PSI for numeric, Jensen–Shannon for
    /// categorical columns by default; PSI 0.2 is the usual "significant shift") or <c>auto</c> (each column's threshold
    /// from split halves of the reference).
    /// </summary>
    [YamlMember(Alias = "threshold")]
    public string ThresholdSetting { get; set; } = "0.2";

    /// <summary>The numeric threshold; NaN with <c>threshold: auto</c> or when the setting is not a number.</summary>
    [YamlIgnore]
    public double Threshold
    {
        get => double.TryParse(ThresholdSetting, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;
        set => ThresholdSetting = value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>True with <c>threshold: auto</c>.</summary>
    [YamlIgnore]
    public bool AutoThreshold => ThresholdSetting == "auto";

    /// <summary>Seed of the split halves of <c>threshold: auto</c>.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>allow (default: inconclusive columns are reported, never block) or block (any inconclusive column fails a drift gate).</summary>
    public string Inconclusive { get; set; } = "allow";

    /// <summary>Significance level for the per-column tests after correction.</summary>
    public double Alpha { get; set; } = 0.05;

    /// <summary>Multiple-testing correction across columns: none, bonferroni, holm or bh.</summary>
    public string Correction { get; set; } = "holm";

    /// <summary>The dataset drifts when more than this share of columns drift.</summary>
    public double DatasetShare { get; set; } = 0.3;

    /// <summary>What makes a column drift in <c>tollgate drift</c>: p-value, effect, both or interval (drift gates always decide on the interval).</summary>
    public string Decide { get; set; } = "both";

    /// <summary>KS p-value method: auto, exact, asymp, exact-ties or kolmogorov.</summary>
    public string KsMethod { get; set; } = "auto";

    /// <summary>Effect size for numeric columns: psi, ks, wasserstein or jensen-shannon.</summary>
    public string NumericEffect { get; set; } = "psi";

    /// <summary>Effect size for categorical columns: jensen-shannon or psi.</summary>
    public string CategoricalEffect { get; set; } = "jensen-shannon";

    /// <summary>Quantile bins for PSI, Jensen–Shannon and histograms.</summary>
    public int Bins { get; set; } = 10;

    /// <summary>PSI replacement for empty bins.</summary>
    public double Epsilon { get; set; } = 1e-4;

    /// <summary>Fewer present values than this on either side gives "insufficient data".</summary>
    public int MinRows { get; set; } = 30;

    /// <summary>A rise of the missing share by at least this much is drift by itself.</summary>
    public double MissingRateThreshold { get; set; } = 0.1;

    /// <summary>Column types that override inference: column → numeric, categorical, boolean, text or timestamp.</summary>
    public Dictionary<string, string> Schema { get; set; } = [];

    /// <summary>The statistics engine's options for these settings.</summary>
    public DriftOptions ToOptions() => new()
    {
        Alpha = Alpha,
        Adjust = Correction,
        Gate = Decide switch { "p-value" => DriftCriterion.PValue, "effect" => DriftCriterion.Effect, "interval" => DriftCriterion.Interval, _ => DriftCriterion.Both },
        KsMethod = KsMethod switch
        {
            "exact" => Statistics.KsMethod.Exact,
            "asymp" => Statistics.KsMethod.Asymp,
            "exact-ties" => Statistics.KsMethod.ExactTies,
            "kolmogorov" => Statistics.KsMethod.Kolmogorov,
            _ => Statistics.KsMethod.Auto,
        },
        NumericEffect = NumericEffect,
        NumericEffectThreshold = Threshold,
        CategoricalEffect = CategoricalEffect,
        CategoricalEffectThreshold = Threshold,
        Bins = Bins,
        Epsilon = Epsilon,
        MinRows = MinRows,
        MissingRateThreshold = MissingRateThreshold,
        DriftShareThreshold = DatasetShare,
        AutoThreshold = AutoThreshold,
        AutoThresholdSeed = Seed,
    };
}
