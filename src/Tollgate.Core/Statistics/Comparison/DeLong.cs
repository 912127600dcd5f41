namespace Tollgate.Core.Statistics.Comparison;

/// <summary>
/// DeLong's paired test and intervals for the difference of two AUCs measured on the same rows (agrees with R pROC
/// <c>roc.test(method = "delong", paired = TRUE)</c> with <c>direction = "&lt;"</c>: higher score = more likely a case,
/// never flipped). The SE of the difference comes from the row-wise differences of the placements, so it is never negative.
/// </summary>
internal static class DeLong
{
    /// <summary>Compares model 1 with model 2; <paramref name="isCase"/> marks the positives (label 1).</summary>
    public static DeLongResult Paired(IReadOnlyList<bool> isCase, double[] scores1, double[] scores2, double confLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(isCase);
        StatGuard.SameLength(scores1, scores2);
        if (isCase.Count != scores1.Length)
        {
            throw StatGuard.BadParameter($"{isCase.Count} labels but {scores1.Length} scores.", "Give one label and one score of each model per row.");
        }

        StatGuard.Finite(scores1, "scores1");
        StatGuard.Finite(scores2, "scores2");
        var z = ConfidenceLevel.Quantile(confLevel);
        var (c1, k1) = Split(isCase, scores1);
        var (c2, k2) = Split(isCase, scores2);
        long m = c1.Length, n = k1.Length;
        var nan = double.NaN;
        if (m == 0 || n == 0)
        {
            return new DeLongResult(m, n, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan);
        }

        var p1 = DeLongPlacements.Compute(c1, k1);
        var p2 = DeLongPlacements.Compute(c2, k2);
        double mn2 = 2.0 * m * n;
        var auc1 = p1.Cases.Sum() / mn2;
        var auc2 = p2.Cases.Sum() / mn2;
        var difference = auc1 - auc2;
        if (m < 2 || n < 2)
        {
            return new DeLongResult(m, n, auc1, auc2, difference, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan);
        }

        var se = Math.Sqrt(
            (DeLongPlacements.Variance(Subtract(p1.Cases, p2.Cases), 2.0 * n) / m) +
            (DeLongPlacements.Variance(Subtract(p1.Controls, p2.Controls), 2.0 * m) / n));
        var statistic = se > 0 ? difference / se : nan;
        var pvalue = se > 0 ? 2 * Distributions.NormalSf(Math.Abs(statistic)) : nan;
        var (se1, lo1, hi1) = Single(p1, auc1, m, n, z);
        var (se2, lo2, hi2) = Single(p2, auc2, m, n, z);
        return new DeLongResult(m, n, auc1, auc2, difference, se, statistic, pvalue, difference - (z * se), difference + (z * se), se1, lo1, hi1, se2, lo2, hi2);
    }

    private static (double Se, double Low, double High) Single(DeLongPlacements p, double auc, long m, long n, double z)
    {
        var se = Math.Sqrt((DeLongPlacements.Variance(p.Cases, 2.0 * n) / m) + (DeLongPlacements.Variance(p.Controls, 2.0 * m) / n));
        // pROC's ci.auc clips to [0, 1]; a zero variance gives the single point.
        return (se, Math.Clamp(auc - (z * se), 0, 1), Math.Clamp(auc + (z * se), 0, 1));
    }

    private static long[] Subtract(long[] a, long[] b)
    {
        var d = new long[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            d[i] = a[i] - b[i];
        }

        return d;
    }

    private static (double[] Cases, double[] Controls) Split(IReadOnlyList<bool> isCase, double[] scores)
    {
        var cases = new List<double>();
        var controls = new List<double>();
        for (var i = 0; i < scores.Length; i++)
        {
            (isCase[i] ? cases : controls).Add(scores[i]);
        }

        return ([.. cases], [.. controls]);
    }
}
