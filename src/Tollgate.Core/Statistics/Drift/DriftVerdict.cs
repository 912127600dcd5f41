namespace Tollgate.Core.Statistics.Drift;

/// <summary>The three-valued drift verdict of a column, decided on the interval of its effect size.</summary>
internal static class DriftVerdict
{
    /// <summary>The effect size's interval lies above the threshold.</summary>
    public const string Drifted = "drifted";

    /// <summary>The interval lies below the threshold.</summary>
    public const string Stable = "stable";

    /// <summary>The interval straddles the threshold: the data cannot decide at this n.</summary>
    public const string Inconclusive = "inconclusive";
}
