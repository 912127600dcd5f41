namespace Tollgate.Core.Statistics;

/// <summary>
/// Two samples counted on the reference's quantile cut points: the histogram pair that PSI and binned
/// Jensen–Shannon both compare, checked and binned in one place so the two statistics cannot drift apart.
/// </summary>
internal sealed record BinnedSamples(double[] Edges, long[] ReferenceCounts, long[] CurrentCounts)
{
    /// <summary>Checks both samples (non-empty, finite), then bins them on cut points found on a copy of the reference.</summary>
    public static BinnedSamples Of(ReadOnlySpan<double> reference, ReadOnlySpan<double> current, int bins)
    {
        Check(reference, current);
        var edges = QuantileBins.EdgesUnsorted(reference, bins);
        return new(edges, QuantileBins.Count(reference, edges), QuantileBins.Count(current, edges));
    }

    /// <summary>As <see cref="Of"/>, but reorders <paramref name="reference"/> in place (quickselect) and counts both samples in parallel.</summary>
    public static BinnedSamples OfInPlace(double[] reference, double[] current, int bins)
    {
        Check(reference, current);
        var edges = QuantileBins.EdgesInPlace(reference, bins);
        long[] refCounts = [], curCounts = [];
        Parallel.Invoke(() => refCounts = QuantileBins.Count(reference, edges), () => curCounts = QuantileBins.Count(current, edges));
        return new(edges, refCounts, curCounts);
    }

    /// <summary>The evidence a binned statistic reports: the cut points (when binned) and both count vectors.</summary>
    public static Dictionary<string, object> Evidence(long[] refCounts, long[] curCounts, double[]? edges)
    {
        var extra = new Dictionary<string, object>();
        if (edges is not null)
        {
            extra["edges"] = edges;
        }

        extra["ref_counts"] = refCounts;
        extra["cur_counts"] = curCounts;
        return extra;
    }

    private static void Check(ReadOnlySpan<double> reference, ReadOnlySpan<double> current)
    {
        StatGuard.NonEmpty(reference, "reference");
        StatGuard.NonEmpty(current, "current");
        StatGuard.Finite(reference, "reference");
        StatGuard.Finite(current, "current");
    }
}
