namespace Tollgate.Core.Environments.Rollout.Canary;

/// <summary>The decisions a canary look can reach.</summary>
internal static class CanaryDecision
{
    /// <summary>No evidence of harm yet; take the next step.</summary>
    public const string Continue = "continue";

    /// <summary>Last step: no evidence of harm at the final boundary (and the margin holds when one is set).</summary>
    public const string Pass = "pass";

    /// <summary>The statistic reached its boundary: the candidate is worse than the baseline.</summary>
    public const string Regression = "regression";

    /// <summary>The traffic split differs from the plan: the comparison cannot be trusted.</summary>
    public const string SampleRatioMismatch = "sample-ratio-mismatch";

    /// <summary>Too little information to judge: wait for traffic (up to the deadline), then fail closed.</summary>
    public const string Inconclusive = "inconclusive";

    /// <summary>The counts contradict themselves (fewer than before, more errors than requests).</summary>
    public const string Untrustworthy = "untrustworthy";
}
