namespace Tollgate.Core.Statistics.Comparison;

/// <summary>Paired DeLong comparison of two AUCs on the same rows; NaN where a quantity does not exist.</summary>
internal sealed record DeLongResult(
    long Cases, long Controls, double Auc1, double Auc2, double Difference, double Se, double Statistic, double PValue,
    double DiffLow, double DiffHigh, double Auc1Se, double Auc1Low, double Auc1High, double Auc2Se, double Auc2Low, double Auc2High)
{
    /// <summary>The result under the field names of the reference vectors (and of <c>tollgate stat delong --json</c>).</summary>
    public StatResult ToStatResult() => new("delong", Statistic, PValue, new Dictionary<string, object>
    {
        ["n_cases"] = Cases,
        ["n_controls"] = Controls,
        ["auc1"] = Auc1,
        ["auc2"] = Auc2,
        ["difference"] = Difference,
        ["se"] = Se,
        ["diff_ci_lower"] = DiffLow,
        ["diff_ci_upper"] = DiffHigh,
        ["auc1_se"] = Auc1Se,
        ["auc1_ci_lower"] = Auc1Low,
        ["auc1_ci_upper"] = Auc1High,
        ["auc2_se"] = Auc2Se,
        ["auc2_ci_lower"] = Auc2Low,
        ["auc2_ci_upper"] = Auc2High,
    });
}
