namespace Tollgate.Core.Statistics;

/// <summary>Population Stability Index on reference-quantile bins (numeric) or on category frequencies.</summary>
internal static class PopulationStability
{
    /// <summary>PSI of <paramref name="current"/> against <paramref name="reference"/>.</summary>
    public static StatResult Test(ReadOnlySpan<double> reference, ReadOnlySpan<double> current, int bins = 10, double epsilon = 1e-4)
    {
        var binned = BinnedSamples.Of(reference, current, bins);
        return FromCounts(binned.ReferenceCounts, binned.CurrentCounts, epsilon, binned.Edges);
    }

    /// <summary>
    /// As <see cref="Test"/>, but finds the cut points by reordering <paramref name="reference"/> in place (quickselect)
    /// instead of a copy; the values are unchanged, only their order. For callers that own the array, such as the CLI.
    /// </summary>
    public static StatResult TestInPlace(double[] reference, double[] current, int bins = 10, double epsilon = 1e-4)
    {
        var binned = BinnedSamples.OfInPlace(reference, current, bins);
        return FromCounts(binned.ReferenceCounts, binned.CurrentCounts, epsilon, binned.Edges);
    }

    /// <summary>PSI from per-bin (or per-category) counts; zero proportions become <paramref name="epsilon"/>.</summary>
    public static StatResult FromCounts(long[] refCounts, long[] curCounts, double epsilon, double[]? edges = null)
    {
        if (epsilon <= 0)
        {
            throw StatGuard.BadParameter($"epsilon must be positive (got {epsilon}).", "Use a small positive value such as 1e-4.");
        }

        double nr = 0, nc = 0;
        for (var i = 0; i < refCounts.Length; i++)
        {
            nr += refCounts[i];
            nc += curCounts[i];
        }

        double psi = 0;
        for (var i = 0; i < refCounts.Length; i++)
        {
            var p = refCounts[i] / nr;
            var q = curCounts[i] / nc;
            p = p == 0 ? epsilon : p;
            q = q == 0 ? epsilon : q;
            psi += (q - p) * Math.Log(q / p);
        }

        return new StatResult("psi", psi, double.NaN, BinnedSamples.Evidence(refCounts, curCounts, edges));
    }
}
