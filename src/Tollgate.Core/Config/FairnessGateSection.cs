namespace Tollgate.Core.Config;

/// <summary>Demographic parity and equalized odds of the candidate's holdout predictions across a sensitive column (binary task).</summary>
internal sealed class FairnessGateSection
{
    public string Sensitive { get; set; } = "";
    public double MaxDemographicParityDifference { get; set; } = 0.1;
    public double MaxEqualizedOddsDifference { get; set; } = 0.1;

    /// <summary>Groups with fewer holdout rows are reported but not compared (their rates are noise).</summary>
    public int MinGroupSize { get; set; } = 10;
}
