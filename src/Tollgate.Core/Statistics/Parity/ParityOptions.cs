namespace Tollgate.Core.Statistics.Parity;

/// <summary>Settings of a parity comparison between a baseline and a candidate model's predictions.</summary>
public sealed record ParityOptions
{
    /// <summary>binary, multiclass, regression, or auto (numbers with fractions → regression).</summary>
    public string Task { get; init; } = "auto";

    /// <summary>Column with the true label/target (optional; needed for accuracy and McNemar).</summary>
    public string Label { get; init; } = "label";

    /// <summary>Column with the prediction (or score).</summary>
    public string Prediction { get; init; } = "prediction";

    /// <summary>Equivalence margin: accuracy-difference bound (classification) or ±margin on score differences (TOST).</summary>
    public double? Margin { get; init; }

    /// <summary>Significance level.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>Confidence level of the intervals.</summary>
    public double Confidence { get; init; } = 0.95;
}
