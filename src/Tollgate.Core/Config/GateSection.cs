namespace Tollgate.Core.Config;

/// <summary>One gate: exactly one kind key (metric, baseline, schema, compliance, command, drift, ...) plus severity/name.</summary>
internal sealed class GateSection
{
    /// <summary>An absolute metric threshold such as <c>auc &gt;= 0.85</c>.</summary>
    public string? Metric { get; set; }

    /// <summary>Relative to the model running in the target environment: <c>auc &gt;= baseline - 0.005</c>.</summary>
    public string? Baseline { get; set; }

    public SchemaGateSection? Schema { get; set; }
    public ComplianceGateSection? Compliance { get; set; }
    public CommandGateSection? Command { get; set; }
    public DriftGateSection? Drift { get; set; }
    public PerformanceGateSection? Performance { get; set; }
    public FairnessGateSection? Fairness { get; set; }
    public RobustnessGateSection? Robustness { get; set; }
    public ParityGateSection? Parity { get; set; }

    /// <summary>Baseline gates: decide on the confidence interval of candidate − baseline at this level instead of the point estimate.</summary>
    public double? Confidence { get; set; }

    /// <summary>Baseline gates on metrics other than auc: paired bootstrap resamples (seeded with the training spec's seed).</summary>
    public int Resamples { get; set; } = 2000;

    /// <summary>fail (blocks) or warn (reported, never blocks).</summary>
    public string Severity { get; set; } = "fail";

    /// <summary>For gates that compare with the running model: pass when the environment has none yet.</summary>
    public bool AllowFirstDeployment { get; set; } = true;
    public string? Name { get; set; }
}
