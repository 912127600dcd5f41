namespace Tollgate.Core.Statistics;

/// <summary>Wilcoxon signed-rank test on d = a − b, zero differences dropped ("wilcox"), two-sided.</summary>
internal static class Wilcoxon
{
    /// <summary>Runs the test; <paramref name="method"/> is auto, approx or exact.</summary>
    public static StatResult SignedRank(ReadOnlySpan<double> a, ReadOnlySpan<double> b, string method = "auto", bool correction = false)
    {
        StatGuard.Finite(a, "a");
        StatGuard.Finite(b, "b");
        var d = Descriptive.Differences(a, b);
        var nonzero = new List<double>(d.Length);
        foreach (var v in d)
        {
            if (v != 0)
            {
                nonzero.Add(v);
            }
        }

        var n = nonzero.Count;
        if (n == 0)
        {
            return new StatResult("wilcoxon", double.NaN, double.NaN, Fields(double.NaN, double.NaN, 0));
        }

        var abs = new double[n];
        for (var i = 0; i < n; i++)
        {
            abs[i] = Math.Abs(nonzero[i]);
        }

        var (ranks, tieSum) = Descriptive.MidRanks(abs);
        double rPlus = 0, rMinus = 0;
        for (var i = 0; i < n; i++)
        {
            if (nonzero[i] > 0)
            {
                rPlus += ranks[i];
            }
            else
            {
                rMinus += ranks[i];
            }
        }

        var statistic = Math.Min(rPlus, rMinus);
        var exact = method switch
        {
            "exact" => true,
            "approx" => false,
            "auto" => n <= 50 && tieSum == 0 && n == d.Length,
            _ => throw StatGuard.BadParameter($"Unknown wilcoxon method '{method}'.", "Use method=auto, approx or exact."),
        };
        var p = exact ? ExactP(n, rPlus) : ApproxP(n, statistic, tieSum, correction);
        return new StatResult("wilcoxon", statistic, p, Fields(rPlus, rMinus, n));
    }

    private static double ApproxP(int n, double statistic, double tieSum, bool correction)
    {
        var mu = n * (n + 1) / 4.0;
        var sigma = Math.Sqrt((n * (n + 1.0) * ((2.0 * n) + 1) / 24) - (tieSum / 48));
        var c = correction ? 0.5 * Math.Sign(statistic - mu) : 0;
        var z = (statistic - mu - c) / sigma;
        return sigma > 0 ? Math.Min(1.0, 2 * Distributions.NormalSf(Math.Abs(z))) : double.NaN;
    }

    /// <summary>Distribution of r_plus over the 2^n sign assignments (integer ranks; no ties).</summary>
    private static double ExactP(int n, double rPlus)
    {
        var max = n * (n + 1) / 2;
        var count = new double[max + 1];
        count[0] = 1;
        for (var k = 1; k <= n; k++)
        {
            for (var s = max; s >= k; s--)
            {
                count[s] += count[s - k];
            }
        }

        double total = Math.Pow(2, n), le = 0, ge = 0;
        for (var s = 0; s <= max; s++)
        {
            if (s <= rPlus)
            {
                le += count[s];
            }

            if (s >= rPlus)
            {
                ge += count[s];
            }
        }

        return Math.Min(1.0, 2 * Math.Min(le, ge) / total);
    }

    private static Dictionary<string, object> Fields(double rPlus, double rMinus, int n) => new()
    {
        ["r_plus"] = rPlus,
        ["r_minus"] = rMinus,
        ["n_nonzero"] = n,
    };
}
