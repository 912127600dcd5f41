namespace Tollgate.Core.Statistics;

/// <summary>Multiple-testing adjustment of p-values, results in input order (R <c>p.adjust</c>).</summary>
internal static class PValueAdjust
{
    /// <summary>Adjusts with bonferroni, holm or bh.</summary>
    public static double[] Adjust(ReadOnlySpan<double> p, string method)
    {
        var m = p.Length;
        var result = new double[m];
        if (m == 0)
        {
            return result;
        }

        for (var i = 0; i < m; i++)
        {
            if (!(p[i] >= 0 && p[i] <= 1))
            {
                throw StatGuard.BadParameter($"p-value {i + 1} is {p[i]}, outside [0, 1].", "Adjust only valid p-values.");
            }
        }

        var order = new int[m];
        var keys = p.ToArray();
        for (var i = 0; i < m; i++)
        {
            order[i] = i;
        }

        // Stable sort so equal p-values keep a deterministic order (they get equal adjusted values anyway).
        Array.Sort(order, (x, y) => keys[x] != keys[y] ? keys[x].CompareTo(keys[y]) : x.CompareTo(y));
        switch (method)
        {
            case "bonferroni":
                for (var i = 0; i < m; i++)
                {
                    result[i] = Math.Min(1.0, m * p[i]);
                }

                break;
            case "holm":
                var running = 0.0;
                for (var r = 0; r < m; r++)
                {
                    running = Math.Max(running, (m - r) * keys[order[r]]);
                    result[order[r]] = Math.Min(1.0, running);
                }

                break;
            case "bh":
                var best = double.PositiveInfinity;
                for (var r = m - 1; r >= 0; r--)
                {
                    best = Math.Min(best, (double)m / (r + 1) * keys[order[r]]);
                    result[order[r]] = Math.Min(1.0, best);
                }

                break;
            default:
                throw StatGuard.BadParameter($"Unknown adjustment method '{method}'.", "Use method=bonferroni, holm or bh.");
        }

        return result;
    }
}
