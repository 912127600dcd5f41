namespace Tollgate.Core.Statistics;

/// <summary>McNemar's test on the discordant pairs of two classifiers scored on the same rows.</summary>
internal static class McNemar
{
    /// <summary>From 0/1 correctness vectors of model A and model B.</summary>
    public static StatResult FromCorrectness(ReadOnlySpan<double> a, ReadOnlySpan<double> b, bool exact)
    {
        StatGuard.SameLength(a, b);
        long b01 = 0, c10 = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if ((a[i] != 0 && a[i] != 1) || (b[i] != 0 && b[i] != 1))
            {
                throw StatGuard.BadParameter($"mcnemar inputs must be 0/1 correctness flags; row {i + 1} has ({a[i]}, {b[i]}).", "Write 1 where the model was right and 0 where it was wrong.");
            }

            if (a[i] == 1 && b[i] == 0)
            {
                b01++;
            }
            else if (a[i] == 0 && b[i] == 1)
            {
                c10++;
            }
        }

        return FromDiscordant(b01, c10, exact);
    }

    /// <summary>b = A right and B wrong, c = A wrong and B right. Undefined (NaN) when b + c = 0.</summary>
    public static StatResult FromDiscordant(long b, long c, bool exact)
    {
        var extra = new Dictionary<string, object> { ["b"] = b, ["c"] = c, ["method"] = exact ? "exact" : "chi2-continuity" };
        var n = b + c;
        if (n == 0)
        {
            return new StatResult("mcnemar", double.NaN, double.NaN, extra);
        }

        if (exact)
        {
            var k = Math.Min(b, c);
            return new StatResult("mcnemar", k, Math.Min(1.0, 2 * BinomialLowerTail(k, n)), extra);
        }

        var diff = Math.Max(0, Math.Abs(b - c) - 1.0);
        var stat = diff * diff / n;
        return new StatResult("mcnemar", stat, Distributions.ChiSquareSf(stat, 1), extra);
    }

    /// <summary>P(X ≤ k) for X ~ Binomial(n, ½): exact term sum up to n = 1000, else the regularised incomplete beta.</summary>
    private static double BinomialLowerTail(long k, long n)
    {
        if (k >= n)
        {
            return 1.0;
        }

        if (n > 1000)
        {
            return MathNet.Numerics.SpecialFunctions.BetaRegularized(n - k, k + 1, 0.5);
        }

        // C(n, i) stays below 1e300 for n ≤ 1000; scale by 2^−n at the end.
        double term = 1, sum = 1;
        for (var i = 1; i <= k; i++)
        {
            term = term * (n - i + 1) / i;
            sum += term;
        }

        return Math.ScaleB(sum, (int)-n);
    }
}
