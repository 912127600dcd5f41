namespace Tollgate.Core.Config;

/// <summary>Reference vs current data drift (statistics engine).</summary>
public sealed class DriftGateSection
{
    public string Reference { get; set; } = "";
    public string Current { get; set; } = "";
    public List<string> Columns { get; set; } = [];
    /// <summary>Effect-size threshold for numeric columns: PSI above it means drift (0.2 is the usual "significant shift").</summary>
    public double Threshold { get; set; } = 0.2;

    /// <summary>Significance level for the per-column tests after correction.</summary>
    public double Alpha { get; set; } = 0.05;

    /// <summary>bonferroni, holm or bh.</summary>
    public string Correction { get; set; } = "holm";

    /// <summary>The dataset drifts when more than this share of columns drift.</summary>
    public double DatasetShare { get; set; } = 0.3;
}
