namespace Tollgate.Core.Statistics;

/// <summary>Exact null distribution of the Mann–Whitney U statistic (no ties) by dynamic programming.</summary>
internal static class UDistribution
{
    /// <summary>P(U ≥ u) for sample sizes n1, n2.</summary>
    public static double UpperTail(int n1, int n2, long u)
    {
        var max = n1 * n2;
        if (u <= 0)
        {
            return 1.0;
        }

        if (u > max)
        {
            return 0.0;
        }

        // f[i][j] = frequencies of U for i values of a and j of b; appending an a after j b's adds j to U.
        var prev = new double[n2 + 1][];
        for (var j = 0; j <= n2; j++)
        {
            prev[j] = new double[max + 1];
            prev[j][0] = 1.0;
        }

        for (var i = 1; i <= n1; i++)
        {
            var cur = new double[n2 + 1][];
            cur[0] = new double[max + 1];
            cur[0][0] = 1.0;
            for (var j = 1; j <= n2; j++)
            {
                var row = new double[max + 1];
                var up = prev[j];
                var left = cur[j - 1];
                for (var s = 0; s <= max; s++)
                {
                    var v = left[s];
                    if (s >= j)
                    {
                        v += up[s - j];
                    }

                    row[s] = v;
                }

                cur[j] = row;
            }

            prev = cur;
        }

        var dist = prev[n2];
        double total = 0, tail = 0;
        for (var s = 0; s <= max; s++)
        {
            total += dist[s];
            if (s >= u)
            {
                tail += dist[s];
            }
        }

        return tail / total;
    }
}
