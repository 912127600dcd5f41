namespace Tollgate.Core.Statistics.Drift;

/// <summary>What decides that a column drifted.</summary>
public enum DriftCriterion
{
    /// <summary>Adjusted p-value below alpha only (large samples flag tiny shifts).</summary>
    PValue,

    /// <summary>Effect size at or above its threshold only.</summary>
    Effect,

    /// <summary>Both: significant and large enough to matter (default).</summary>
    Both,

    /// <summary>The effect size's confidence interval lies above its threshold (three-valued: drifted / stable / inconclusive).</summary>
    Interval,
}
