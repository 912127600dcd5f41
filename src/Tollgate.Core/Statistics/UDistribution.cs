namespace Tollgate.Core.Statistics;

/// <summary>
/// Exact null distribution of the Mann–Whitney U statistic (no ties): the coefficients of the Gaussian binomial
/// Π_{k=1}^{m} (1 − q^{n+k})/(1 − q^k), built in O(m · m·n) with m = min(n1, n2).
/// </summary>
internal static class UDistribution
{
    /// <summary>P(U ≥ u) for sample sizes n1, n2.</summary>
    public static double UpperTail(int n1, int n2, long u)
    {
        var m = Math.Min(n1, n2);
        var n = Math.Max(n1, n2);
        var max = (long)m * n;
        if (u <= 0)
        {
            return 1.0;
        }

        if (u > max)
        {
            return 0.0;
        }

        var c = new double[max + 1];
        c[0] = 1.0;
        long degree = 0;
        for (var k = 1; k <= m; k++)
        {
            // Multiply by (1 − q^(n+k)), then divide by (1 − q^k) (a running sum with stride k).
            var shift = n + k;
            degree += n;
            for (var s = degree; s >= shift; s--)
            {
                c[s] -= c[s - shift];
            }

            for (var s = k; s <= degree; s++)
            {
                c[s] += c[s - k];
            }
        }

        // The distribution is symmetric: sum the shorter tail for accuracy.
        double total = 0, tail = 0;
        for (long s = 0; s <= max; s++)
        {
            total += c[s];
        }

        if (u > max / 2)
        {
            for (var s = u; s <= max; s++)
            {
                tail += c[s];
            }

            return tail / total;
        }

        for (long s = 0; s < u; s++)
        {
            tail += c[s];
        }

        return 1.0 - (tail / total);
    }
}
