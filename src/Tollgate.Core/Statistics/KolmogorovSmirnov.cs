namespace Tollgate.Core.Statistics;

/// <summary>Two-sample Kolmogorov–Smirnov test (two-sided).</summary>
internal static class KolmogorovSmirnov
{
    /// <summary>Largest sample size for which <see cref="KsMethod.Auto"/> uses the exact distribution (SciPy's rule).</summary>
    public const int MaxAutoExactN = 10000;

    /// <summary>Largest n1·n2 for the O(n1·n2) lattice walks (exact with unequal sizes, exact-ties).</summary>
    public const long MaxLatticeCells = 200_000_000L;

    /// <summary>Runs the test on unsorted samples.</summary>
    public static StatResult Test(ReadOnlySpan<double> a, ReadOnlySpan<double> b, KsMethod method = KsMethod.Auto)
    {
        StatGuard.NonEmpty(a, "a");
        StatGuard.NonEmpty(b, "b");
        StatGuard.Finite(a, "a");
        StatGuard.Finite(b, "b");
        return TestSorted(Descriptive.SortedCopy(a), Descriptive.SortedCopy(b), method);
    }

    /// <summary>
    /// As <see cref="Test"/>, but sorts <paramref name="a"/> and <paramref name="b"/> in place (both at once) instead of
    /// sorting copies: for callers that own the arrays, such as the CLI, so peak memory stays near the raw samples.
    /// </summary>
    public static StatResult TestInPlace(double[] a, double[] b, KsMethod method = KsMethod.Auto)
    {
        StatGuard.NonEmpty(a, "a");
        StatGuard.NonEmpty(b, "b");
        StatGuard.Finite(a, "a");
        StatGuard.Finite(b, "b");
        Descriptive.SortBoth(a, b);
        return TestSorted(a, b, method);
    }

    /// <summary>Runs the test on samples already sorted ascending (the drift engine sorts once per column).</summary>
    public static StatResult TestSorted(double[] a, double[] b, KsMethod method)
    {
        long n1 = a.Length, n2 = b.Length;
        var h = MaxGap(a, b);
        var d = (double)h / (n1 * n2);
        var p = method switch
        {
            KsMethod.Exact => ExactOrAsymp(a, b, h, d),
            KsMethod.Asymp => Asymp(n1, n2, d),
            KsMethod.ExactTies when n1 * n2 > MaxLatticeCells => throw StatGuard.BadParameter(
                $"method=exact-ties walks an n1 × n2 lattice; {n1} × {n2} is too large.",
                "Use method=asymp (or auto) for samples this large; ties matter little at this size."),
            KsMethod.ExactTies => KsLattice.TiesPValue(a, b, h),
            KsMethod.Kolmogorov => KolmogorovDistribution.LimitSf(Math.Sqrt(n1 * n2 / (double)(n1 + n2)) * d),
            _ => Math.Max(n1, n2) <= MaxAutoExactN ? ExactOrAsymp(a, b, h, d) : Asymp(n1, n2, d),
        };
        var used = method != KsMethod.Auto ? method : Math.Max(n1, n2) <= MaxAutoExactN ? KsMethod.Exact : KsMethod.Asymp;
        return new StatResult("ks", d, p, new Dictionary<string, object> { ["method"] = MethodName(used) });
    }

    /// <summary>D · n1 · n2 as an integer: max |i·n2 − j·n1| over the pooled values (ties evaluated together).</summary>
    internal static long MaxGap(double[] a, double[] b)
    {
        int i = 0, j = 0;
        long n1 = a.Length, n2 = b.Length, best = 0;
        while (i < a.Length && j < b.Length)
        {
            var v = Math.Min(a[i], b[j]);
            while (i < a.Length && a[i] == v)
            {
                i++;
            }

            while (j < b.Length && b[j] == v)
            {
                j++;
            }

            var gap = Math.Abs((i * n2) - (j * n1));
            if (gap > best)
            {
                best = gap;
            }
        }

        return best;
    }

    private static double ExactOrAsymp(double[] a, double[] b, long h, double d)
    {
        long n1 = a.Length, n2 = b.Length;
        if (n1 == n2)
        {
            return KsLattice.EqualSizesPValue((int)n1, h / n1);
        }

        // The O(n1·n2) lattice walk is for moderate sizes; SciPy falls back to the asymptotic beyond what it can count.
        return n1 * n2 <= MaxLatticeCells ? KsLattice.ExactPValue(a.Length, b.Length, h) : Asymp(n1, n2, d);
    }

    private static double Asymp(long n1, long n2, double d)
    {
        var en = (double)n1 * n2 / (n1 + n2);
        var m = (int)Math.Round(en, MidpointRounding.ToEven);
        return m == 0 ? double.NaN : KolmogorovDistribution.TwoSidedSf(m, d);
    }

    private static string MethodName(KsMethod m) => m switch
    {
        KsMethod.Exact => "exact",
        KsMethod.Asymp => "asymp",
        KsMethod.ExactTies => "exact-ties",
        KsMethod.Kolmogorov => "kolmogorov",
        _ => "auto",
    };
}
