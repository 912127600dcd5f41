namespace Tollgate.Core.Statistics;

/// <summary>Numerically careful building blocks: two-pass moments, sorting, midranks.</summary>
internal static class Descriptive
{
    public static double Mean(ReadOnlySpan<double> x)
    {
        double sum = 0;
        foreach (var v in x)
        {
            sum += v;
        }

        var mean = sum / x.Length;

        // A second pass removes the rounding error of the first sum (matters for data far from zero).
        double corr = 0;
        foreach (var v in x)
        {
            corr += v - mean;
        }

        return mean + (corr / x.Length);
    }

    /// <summary>Unbiased variance (n − 1), two-pass so offsets like 1e6 do not destroy precision.</summary>
    public static double Variance(ReadOnlySpan<double> x, double mean)
    {
        double ss = 0, comp = 0;
        foreach (var v in x)
        {
            var d = v - mean;
            ss += d * d;
            comp += d;
        }

        return (ss - (comp * comp / x.Length)) / (x.Length - 1);
    }

    public static double[] SortedCopy(ReadOnlySpan<double> x)
    {
        var copy = x.ToArray();
        RadixSort.Sort(copy);
        return copy;
    }

    /// <summary>Sorts two arrays in place, one per core (each radix sort needs at most n/16 values of scratch).</summary>
    public static void SortBoth(double[] a, double[] b) => Parallel.Invoke(() => RadixSort.Sort(a), () => RadixSort.Sort(b));

    public static double[] Differences(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        StatGuard.SameLength(a, b);
        var d = new double[a.Length];
        for (var i = 0; i < d.Length; i++)
        {
            d[i] = a[i] - b[i];
        }

        return d;
    }

    /// <summary>Midranks (1-based) of <paramref name="x"/> and Σ(t³ − t) over tie groups.</summary>
    public static (double[] Ranks, double TieSum) MidRanks(ReadOnlySpan<double> x)
    {
        var n = x.Length;
        var order = new int[n];
        var keys = x.ToArray();
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        var ranks = new double[n];
        double tieSum = 0;
        var start = 0;
        while (start < n)
        {
            var end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            var rank = ((start + 1) + end) / 2.0;
            for (var k = start; k < end; k++)
            {
                ranks[order[k]] = rank;
            }

            double t = end - start;
            tieSum += (t * t * t) - t;
            start = end;
        }

        return (ranks, tieSum);
    }
}
