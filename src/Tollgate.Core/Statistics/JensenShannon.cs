namespace Tollgate.Core.Statistics;

/// <summary>Jensen–Shannon distance, base 2 (in [0, 1]): on given vectors or on PSI's reference-quantile bins.</summary>
internal static class JensenShannon
{
    /// <summary>Distance between two non-negative vectors, each normalised by its sum.</summary>
    public static double Distance(ReadOnlySpan<double> p, ReadOnlySpan<double> q)
    {
        StatGuard.SameLength(p, q);
        double sp = 0, sq = 0;
        for (var i = 0; i < p.Length; i++)
        {
            if (p[i] < 0 || q[i] < 0 || !double.IsFinite(p[i]) || !double.IsFinite(q[i]))
            {
                throw StatGuard.BadParameter($"Jensen–Shannon inputs must be finite and non-negative (index {i}).", "Pass counts or probabilities.");
            }

            sp += p[i];
            sq += q[i];
        }

        double js = 0;
        for (var i = 0; i < p.Length; i++)
        {
            var pi = p[i] / sp;
            var qi = q[i] / sq;
            var m = (pi + qi) / 2;
            if (pi > 0)
            {
                js += pi * Math.Log(pi / m);
            }

            if (qi > 0)
            {
                js += qi * Math.Log(qi / m);
            }
        }

        js = js / 2 / Math.Log(2);
        return Math.Sqrt(Math.Max(js, 0));
    }

    /// <summary>Distance between the reference-quantile histograms of two samples (no epsilon).</summary>
    public static StatResult Binned(ReadOnlySpan<double> reference, ReadOnlySpan<double> current, int bins = 10)
    {
        var binned = BinnedSamples.Of(reference, current, bins);
        return FromCounts(binned.ReferenceCounts, binned.CurrentCounts, binned.Edges);
    }

    /// <summary>Distance between two count vectors.</summary>
    public static StatResult FromCounts(long[] refCounts, long[] curCounts, double[]? edges = null)
    {
        var d = Distance(Array.ConvertAll(refCounts, c => (double)c), Array.ConvertAll(curCounts, c => (double)c));
        return new StatResult("jensen-shannon", d, double.NaN, BinnedSamples.Evidence(refCounts, curCounts, edges));
    }
}
