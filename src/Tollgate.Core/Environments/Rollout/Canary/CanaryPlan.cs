namespace Tollgate.Core.Environments.Rollout.Canary;

/// <summary>
/// The planned information of each step when steps last equally long: candidate share s_j of the traffic in step j, the
/// baseline the rest, information ∝ effective sample size n₁n₂/(n₁ + n₂) of the cumulative counts.
/// </summary>
internal static class CanaryPlan
{
    public static double[] Information(IReadOnlyList<double> stepsPercent)
    {
        var result = new double[stepsPercent.Count];
        double candidate = 0, baseline = 0;
        for (var k = 0; k < stepsPercent.Count; k++)
        {
            candidate += stepsPercent[k] / 100;
            baseline += 1 - (stepsPercent[k] / 100);
            result[k] = EffectiveSize(candidate, baseline);
        }

        return result;
    }

    /// <summary>n₁n₂/(n₁ + n₂): the information about a difference of two means or rates, up to the common variance.</summary>
    public static double EffectiveSize(double n1, double n2) => n1 + n2 > 0 ? n1 * n2 / (n1 + n2) : 0;
}
