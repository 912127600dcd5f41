namespace Tollgate.Core.Statistics;

/// <summary>Welch's unequal-variance t-test and the paired t-test (two-sided).</summary>
internal static class TTests
{
    /// <summary>Welch t; NaN statistic/p-value when a sample has &lt; 2 values or both variances are zero.</summary>
    public static StatResult Welch(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        StatGuard.Finite(a, "a");
        StatGuard.Finite(b, "b");
        if (a.Length < 2 || b.Length < 2 || (AllEqual(a) && AllEqual(b)))
        {
            return Undefined("welch-t");
        }

        var ma = Descriptive.Mean(a);
        var mb = Descriptive.Mean(b);
        var va = Descriptive.Variance(a, ma) / a.Length;
        var vb = Descriptive.Variance(b, mb) / b.Length;
        if (va + vb <= 0)
        {
            return Undefined("welch-t");
        }

        var t = (ma - mb) / Math.Sqrt(va + vb);
        var df = (va + vb) * (va + vb) / ((va * va / (a.Length - 1)) + (vb * vb / (b.Length - 1)));
        return new StatResult("welch-t", t, Distributions.StudentTTwoSided(t, df), new Dictionary<string, object> { ["df"] = df });
    }

    /// <summary>Paired t on d = a − b; undefined when n &lt; 2 or all differences are equal.</summary>
    public static StatResult Paired(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        StatGuard.Finite(a, "a");
        StatGuard.Finite(b, "b");
        var d = Descriptive.Differences(a, b);
        if (d.Length < 2)
        {
            return Undefined("paired-t");
        }

        var mean = Descriptive.Mean(d);
        var sd = Math.Sqrt(Descriptive.Variance(d, mean));
        if (!(sd > 0) || AllEqual(d))
        {
            return Undefined("paired-t");
        }

        var t = mean / (sd / Math.Sqrt(d.Length));
        double df = d.Length - 1;
        return new StatResult("paired-t", t, Distributions.StudentTTwoSided(t, df), new Dictionary<string, object> { ["df"] = df });
    }

    internal static bool AllEqual(ReadOnlySpan<double> d)
    {
        foreach (var v in d)
        {
            if (v != d[0])
            {
                return false;
            }
        }

        return true;
    }

    private static StatResult Undefined(string test) =>
        new(test, double.NaN, double.NaN, new Dictionary<string, object> { ["df"] = double.NaN });
}
