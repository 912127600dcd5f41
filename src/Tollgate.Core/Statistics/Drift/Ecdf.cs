namespace Tollgate.Core.Statistics.Drift;

/// <summary>Empirical CDFs of both samples evaluated at the same points.</summary>
internal sealed record Ecdf(double[] X, double[] Reference, double[] Current)
{
    /// <summary>Evaluates both sorted samples on an even grid over the pooled range.</summary>
    public static Ecdf Build(double[] sortedRef, double[] sortedCur, int points)
    {
        var lo = Math.Min(sortedRef[0], sortedCur[0]);
        var hi = Math.Max(sortedRef[^1], sortedCur[^1]);
        points = hi > lo ? Math.Max(2, points) : 1;
        var x = new double[points];
        var fr = new double[points];
        var fc = new double[points];
        for (var i = 0; i < points; i++)
        {
            x[i] = points == 1 ? lo : lo + ((hi - lo) * i / (points - 1));
            fr[i] = (double)UpperBound(sortedRef, x[i]) / sortedRef.Length;
            fc[i] = (double)UpperBound(sortedCur, x[i]) / sortedCur.Length;
        }

        return new Ecdf(x, fr, fc);
    }

    private static int UpperBound(double[] sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
