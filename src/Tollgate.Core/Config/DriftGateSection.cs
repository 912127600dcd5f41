using System.Globalization;
using YamlDotNet.Serialization;

namespace Tollgate.Core.Config;

/// <summary>Reference vs current data drift (statistics engine).</summary>
public sealed class DriftGateSection
{
    public string Reference { get; set; } = "";
    public string Current { get; set; } = "";
    public List<string> Columns { get; set; } = [];

    /// <summary>
    /// <c>threshold:</c> as written: a number (effect size above it means drift; PSI 0.2 is the usual "significant shift")
    /// or <c>auto</c> (each column's threshold from split halves of the reference).
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

    /// <summary>Effect size of numeric columns: psi (default), ks, wasserstein (in reference SDs) or jensen-shannon.</summary>
    public string Effect { get; set; } = "psi";

    /// <summary>Significance level for the per-column tests after correction (and 1 − confidence of the effect-size intervals).</summary>
    public double Alpha { get; set; } = 0.05;

    /// <summary>bonferroni, holm or bh.</summary>
    public string Correction { get; set; } = "holm";

    /// <summary>The dataset drifts when more than this share of columns drift.</summary>
    public double DatasetShare { get; set; } = 0.3;

    /// <summary>allow (default: inconclusive columns are reported, never block) or block (any inconclusive column fails the gate).</summary>
    public string Inconclusive { get; set; } = "allow";

    /// <summary>Seed of the split halves of <c>threshold: auto</c>.</summary>
    public int Seed { get; set; } = 42;
}
