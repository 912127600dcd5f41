namespace Tollgate.Core.Config;

/// <summary>The metric comparison for <c>promotion: retrain</c>.</summary>
internal sealed class RetrainSection
{
    /// <summary>How much worse (absolute) a candidate metric may be than the previous environment's model.</summary>
    public double Tolerance { get; set; } = 0.01;

    /// <summary>Metrics to compare; empty = every metric both models report.</summary>
    public List<string> Metrics { get; set; } = [];

    /// <summary>Also compare predictions with the previous environment's model (the parity gate's settings).</summary>
    public ParityGateSection? Parity { get; set; }
}
