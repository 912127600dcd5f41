namespace Tollgate.Core.Statistics;

/// <summary>Two one-sided t-tests for equivalence of paired results within (low, high).</summary>
internal static class Tost
{
    /// <summary>TOST on d = a − b; p-value = max(p_low, p_high); undefined when n &lt; 2 or all differences are equal.</summary>
    public static StatResult Paired(ReadOnlySpan<double> a, ReadOnlySpan<double> b, double low, double high)
    {
        if (!(low < high))
        {
            throw StatGuard.BadParameter($"tost needs low < high (got low={low}, high={high}).", "Pass --param low=-0.5 --param high=0.5.");
        }

        StatGuard.Finite(a, "a");
        StatGuard.Finite(b, "b");
        var d = Descriptive.Differences(a, b);
        if (d.Length < 2 || TTests.AllEqual(d))
        {
            return new StatResult("tost", double.NaN, double.NaN, Fields(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN));
        }

        var mean = Descriptive.Mean(d);
        var se = Math.Sqrt(Descriptive.Variance(d, mean)) / Math.Sqrt(d.Length);
        double df = d.Length - 1;
        var tLow = (mean - low) / se;
        var tHigh = (mean - high) / se;
        var pLow = Distributions.StudentTSf(tLow, df);
        var pHigh = Distributions.StudentTSf(-tHigh, df);
        var useHigh = pHigh > pLow;
        return new StatResult("tost", useHigh ? tHigh : tLow, Math.Max(pLow, pHigh), Fields(tLow, pLow, tHigh, pHigh, df));
    }

    private static Dictionary<string, object> Fields(double tLow, double pLow, double tHigh, double pHigh, double df) => new()
    {
        ["t_low"] = tLow,
        ["p_low"] = pLow,
        ["t_high"] = tHigh,
        ["p_high"] = pHigh,
        ["df"] = df,
    };
}
