namespace Tollgate.Core.Statistics;

/// <summary>Mann–Whitney U test (two-sided), U of the first sample; SciPy <c>mannwhitneyu</c> semantics.</summary>
internal static class MannWhitney
{
    /// <summary><c>auto</c> chooses the exact distribution when a sample has at most this many values and there are no ties (SciPy's rule).</summary>
    public const int AutoExactMax = 8;

    /// <summary>Runs the test; <paramref name="method"/> is auto, asymptotic or exact.</summary>
    public static StatResult Test(ReadOnlySpan<double> a, ReadOnlySpan<double> b, string method = "auto", bool useContinuity = true)
    {
        StatGuard.NonEmpty(a, "a");
        StatGuard.NonEmpty(b, "b");
        StatGuard.Finite(a, "a");
        StatGuard.Finite(b, "b");
        var pooled = new double[a.Length + b.Length];
        a.CopyTo(pooled);
        b.CopyTo(pooled.AsSpan(a.Length));
        var (ranks, tieSum) = Descriptive.MidRanks(pooled);
        double r1 = 0;
        for (var i = 0; i < a.Length; i++)
        {
            r1 += ranks[i];
        }

        double n1 = a.Length, n2 = b.Length;
        var u = r1 - (n1 * (n1 + 1) / 2);
        var big = Math.Max(u, (n1 * n2) - u);
        var exact = method switch
        {
            "exact" => true,
            "asymptotic" => false,
            "auto" => (a.Length <= AutoExactMax || b.Length <= AutoExactMax) && tieSum == 0 && (long)a.Length * b.Length <= 50_000_000L,
            _ => throw StatGuard.BadParameter($"Unknown mann-whitney method '{method}'.", "Use method=auto, asymptotic or exact."),
        };
        double p;
        if (exact)
        {
            p = Math.Min(1.0, 2 * UDistribution.UpperTail(a.Length, b.Length, (long)Math.Round(big)));
        }
        else
        {
            var mu = n1 * n2 / 2;
            var bigN = n1 + n2;
            var sigma = Math.Sqrt(n1 * n2 / 12 * ((bigN + 1) - (tieSum / (bigN * (bigN - 1)))));
            var z = (big - mu - (useContinuity ? 0.5 : 0)) / sigma;
            p = sigma > 0 ? Math.Min(1.0, 2 * Distributions.NormalSf(z)) : double.NaN;
        }

        return new StatResult("mann-whitney", u, p, new Dictionary<string, object> { ["method"] = exact ? "exact" : "asymptotic" });
    }
}
