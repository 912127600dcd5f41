namespace Tollgate.Core.Statistics;

/// <summary>Wasserstein-1 (earth mover's) distance between two empirical distributions.</summary>
internal static class Wasserstein
{
    /// <summary>W1 and W1 divided by the reference's standard deviation (unit-free; NaN for a constant reference).</summary>
    public static StatResult Test(ReadOnlySpan<double> reference, ReadOnlySpan<double> current)
    {
        StatGuard.NonEmpty(reference, "a");
        StatGuard.NonEmpty(current, "b");
        StatGuard.Finite(reference, "a");
        StatGuard.Finite(current, "b");
        return TestSorted(Descriptive.SortedCopy(reference), Descriptive.SortedCopy(current));
    }

    /// <summary>As <see cref="Test"/>, but sorts the caller's arrays in place (both at once) instead of sorting copies.</summary>
    public static StatResult TestInPlace(double[] reference, double[] current)
    {
        StatGuard.NonEmpty(reference, "a");
        StatGuard.NonEmpty(current, "b");
        StatGuard.Finite(reference, "a");
        StatGuard.Finite(current, "b");
        Descriptive.SortBoth(reference, current);
        return TestSorted(reference, current);
    }

    /// <summary>As <see cref="Test"/> on samples sorted ascending.</summary>
    public static StatResult TestSorted(double[] a, double[] b)
    {
        var w = DistanceSorted(a, b);
        var mean = Descriptive.Mean(a);
        var sd = a.Length > 1 ? Math.Sqrt(Descriptive.Variance(a, mean)) : double.NaN;
        var normalised = sd > 0 ? w / sd : double.NaN;
        return new StatResult("wasserstein", w, double.NaN, new Dictionary<string, object> { ["normalized"] = normalised });
    }

    /// <summary>Σ |F_a(z) − F_b(z)|·(z_next − z) over the sorted pooled values, one merge pass.</summary>
    public static double DistanceSorted(double[] a, double[] b)
    {
        int i = 0, j = 0;
        double n1 = a.Length, n2 = b.Length, total = 0;
        var prev = Math.Min(a[0], b[0]);
        while (i < a.Length || j < b.Length)
        {
            var v = j >= b.Length || (i < a.Length && a[i] <= b[j]) ? a[i] : b[j];
            total += Math.Abs((i / n1) - (j / n2)) * (v - prev);
            while (i < a.Length && a[i] == v)
            {
                i++;
            }

            while (j < b.Length && b[j] == v)
            {
                j++;
            }

            prev = v;
        }

        return total;
    }
}
