namespace Tollgate.Core.Config;

/// <summary>Perturbation suite on the holdout rows: seeded noise, missing, out-of-range, unseen and empty values.</summary>
internal sealed class RobustnessGateSection
{
    /// <summary>Noise standard deviation as a fraction of each numeric feature's training std.</summary>
    public double Noise { get; set; } = 0.01;
    public double MaxFlipRate { get; set; } = 0.02;

    /// <summary>Regression: bound on the mean absolute change of the prediction under noise.</summary>
    public double? MaxScoreChange { get; set; }
}
