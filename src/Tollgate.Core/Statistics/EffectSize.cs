namespace Tollgate.Core.Statistics;

/// <summary>Standardised mean difference: Cohen's d with pooled (n − 1) variance, and Hedges' small-sample g.</summary>
internal static class EffectSize
{
    /// <summary>Cohen's d of a vs b; NaN when a sample has &lt; 2 values or the pooled variance is zero.</summary>
    public static StatResult CohensD(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        StatGuard.Finite(a, "a");
        StatGuard.Finite(b, "b");
        if (a.Length < 2 || b.Length < 2 || (TTests.AllEqual(a) && TTests.AllEqual(b)))
        {
            return Undefined();
        }

        var ma = Descriptive.Mean(a);
        var mb = Descriptive.Mean(b);
        var pooled = (((a.Length - 1) * Descriptive.Variance(a, ma)) + ((b.Length - 1) * Descriptive.Variance(b, mb))) / (a.Length + b.Length - 2);
        if (!(pooled > 0))
        {
            return Undefined();
        }

        var d = (ma - mb) / Math.Sqrt(pooled);
        var g = d * (1 - (3.0 / ((4.0 * (a.Length + b.Length)) - 9)));
        return new StatResult("cohens-d", d, double.NaN, new Dictionary<string, object> { ["hedges_g"] = g });
    }

    private static StatResult Undefined() =>
        new("cohens-d", double.NaN, double.NaN, new Dictionary<string, object> { ["hedges_g"] = double.NaN });
}
