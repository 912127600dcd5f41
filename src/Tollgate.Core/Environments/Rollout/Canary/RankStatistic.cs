namespace Tollgate.Core.Environments.Rollout.Canary;

/// <summary>Standardised Mann–Whitney statistic (tie-corrected, no continuity correction): positive when the first sample is larger.</summary>
internal static class RankStatistic
{
    public static double Z(double[] first, double[] second)
    {
        var pooled = new double[first.Length + second.Length];
        first.CopyTo(pooled, 0);
        second.CopyTo(pooled, first.Length);
        var (ranks, tieSum) = Statistics.Descriptive.MidRanks(pooled);
        double n1 = first.Length, n2 = second.Length, n = n1 + n2;
        var r1 = 0.0;
        for (var i = 0; i < first.Length; i++)
        {
            r1 += ranks[i];
        }

        var u = r1 - (n1 * (n1 + 1) / 2);
        var variance = n1 * n2 / 12 * ((n + 1) - (tieSum / (n * (n - 1))));
        return variance > 0 ? (u - (n1 * n2 / 2)) / Math.Sqrt(variance) : 0;
    }

    /// <summary>The same statistic on bucketed data: every request in a bucket ties with the others there.</summary>
    public static double ZGrouped(long[] first, long[] second)
    {
        double n1 = first.Sum(), n2 = second.Sum(), n = n1 + n2, below = 0, u = 0, tieSum = 0;
        for (var i = 0; i < first.Length; i++)
        {
            u += first[i] * (below + (second[i] / 2.0));
            below += second[i];
            double t = first[i] + second[i];
            tieSum += (t * t * t) - t;
        }

        var variance = n1 * n2 / 12 * ((n + 1) - (tieSum / (n * (n - 1))));
        return variance > 0 ? (u - (n1 * n2 / 2)) / Math.Sqrt(variance) : 0;
    }

    public static double Median(double[] x)
    {
        var sorted = (double[])x.Clone();
        Array.Sort(sorted);
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
