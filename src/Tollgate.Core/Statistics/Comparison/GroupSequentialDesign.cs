namespace Tollgate.Core.Statistics.Comparison;

/// <summary>Boundaries of a one-sided group sequential design: reject at the first look k with Z_k ≥ c_k.</summary>
internal sealed record GroupSequentialDesign(double[] InformationRates, AlphaSpending Spending, double[] CriticalValues, double[] AlphaSpent, double[] StageLevels)
{
    /// <summary>The result under the field names of the reference vectors (and of <c>tollgate stat gst-boundaries --json</c>).</summary>
    public StatResult ToStatResult() => new("gst-boundaries", double.NaN, double.NaN, new Dictionary<string, object>
    {
        ["critical_values"] = CriticalValues,
        ["alpha_spent"] = AlphaSpent,
        ["stage_levels"] = StageLevels,
    })
    { HasStatistic = false };
}
