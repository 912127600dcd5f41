namespace Tollgate.Core.Statistics;

/// <summary>Reference-quantile binning shared by PSI and binned Jensen–Shannon: type-7 cut points, right-closed bins.</summary>
internal static class QuantileBins
{
    /// <summary>Unique cut points Q(k/B), k = 1..B−1, of the sorted reference.</summary>
    public static double[] Edges(double[] sortedReference, int bins)
    {
        if (bins < 2)
        {
            throw StatGuard.BadParameter($"bins must be at least 2 (got {bins}).", "Use --param bins=10 or another value ≥ 2.");
        }

        return EdgesFrom(sortedReference, bins);
    }

    /// <summary>Type-7 quantiles read at ranks j and j + 1, which must hold their order statistics.</summary>
    private static double[] EdgesFrom(double[] sortedReference, int bins)
    {
        var n = sortedReference.Length;
        var edges = new List<double>(bins - 1);
        for (var k = 1; k < bins; k++)
        {
            var p = (double)k / bins;
            var hpos = (n - 1) * p;
            var j = (int)Math.Floor(hpos);
            var q = j >= n - 1 ? sortedReference[n - 1] : sortedReference[j] + ((hpos - j) * (sortedReference[j + 1] - sortedReference[j]));
            if (edges.Count == 0 || q != edges[^1])
            {
                edges.Add(q);
            }
        }

        return [.. edges];
    }

    /// <summary>Cut points of an unsorted reference via multi-quickselect on a copy (no full sort).</summary>
    public static double[] EdgesUnsorted(ReadOnlySpan<double> reference, int bins)
    {
        if (bins < 2)
        {
            return Edges([], bins);
        }

        return EdgesInPlace(reference.ToArray(), bins);
    }

    /// <summary>As <see cref="EdgesUnsorted"/>, reordering <paramref name="reference"/> itself (values unchanged).</summary>
    public static double[] EdgesInPlace(double[] reference, int bins)
    {
        if (bins < 2)
        {
            return Edges([], bins);
        }

        var n = reference.Length;
        var ranks = new SortedSet<int>();
        for (var k = 1; k < bins; k++)
        {
            var j = (int)Math.Floor((n - 1) * ((double)k / bins));
            ranks.Add(j);
            if (j + 1 < n)
            {
                ranks.Add(j + 1);
            }
        }

        OrderStatistics.Select(reference, [.. ranks]);
        return EdgesFrom(reference, bins);
    }

    /// <summary>Counts per bin: the bin of x is the number of cut points strictly below x.</summary>
    public static long[] Count(ReadOnlySpan<double> values, double[] edges)
    {
        var counts = new long[edges.Length + 1];
        if (edges.Length <= 32)
        {
            // Branch-free: comparisons compile to setcc, so random data causes no mispredictions.
            foreach (var x in values)
            {
                var bin = 0;
                foreach (var e in edges)
                {
                    bin += e < x ? 1 : 0;
                }

                counts[bin]++;
            }

            return counts;
        }

        foreach (var x in values)
        {
            counts[BinOf(edges, x)]++;
        }

        return counts;
    }

    /// <summary>Counts a sorted sample in one merge pass.</summary>
    public static long[] CountSorted(double[] sorted, double[] edges)
    {
        var counts = new long[edges.Length + 1];
        var bin = 0;
        foreach (var x in sorted)
        {
            while (bin < edges.Length && edges[bin] < x)
            {
                bin++;
            }

            counts[bin]++;
        }

        return counts;
    }

    private static int BinOf(double[] edges, double x)
    {
        int lo = 0, hi = edges.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (edges[mid] < x)
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
