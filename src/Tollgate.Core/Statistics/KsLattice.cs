namespace Tollgate.Core.Statistics;

/// <summary>Exact two-sample KS probabilities by counting lattice paths (Hodges 1958), normalised as R's psmirnov does.</summary>
internal static class KsLattice
{
    /// <summary>P(D ≥ h/(n1·n2)) for continuous data: every step of the path is checked.</summary>
    public static double ExactPValue(int n1, int n2, long h) => PathsPValue(n1, n2, h, null);

    /// <summary>P(D ≥ d) conditional on ties: the path is only checked where the pooled value changes.</summary>
    public static double TiesPValue(double[] a, double[] b, long h)
    {
        var n = a.Length + b.Length;
        var check = new bool[n + 1];
        int i = 0, j = 0, s = 0;
        while (s < n)
        {
            var v = i < a.Length && (j >= b.Length || a[i] <= b[j]) ? a[i] : b[j];
            while (i < a.Length && a[i] == v)
            {
                i++;
                s++;
            }

            while (j < b.Length && b[j] == v)
            {
                j++;
                s++;
            }

            check[s] = true;
        }

        return PathsPValue(a.Length, b.Length, h, check);
    }

    /// <summary>n1 = n2 = n: closed alternating sum 2 Σ (−1)^(k−1) C(2n, n − k·h)/C(2n, n).</summary>
    public static double EqualSizesPValue(int n, long h)
    {
        if (h <= 0)
        {
            return 1.0;
        }

        // log C(2n, n − K)/C(2n, n) = Σ_{i<K} log((n − i)/(n + 1 + i)), accumulated as K grows.
        double sum = 0, logRatio = 0;
        long done = 0;
        for (long k = 1; k * h <= n; k++)
        {
            for (; done < k * h; done++)
            {
                logRatio += Math.Log((double)(n - done) / (n + 1 + done));
            }

            var term = Math.Exp(logRatio);
            sum += (k % 2 == 1 ? 1 : -1) * term;
            if (term < 1e-300)
            {
                break;
            }
        }

        return Math.Clamp(2 * sum, 0.0, 1.0);
    }

    private static double PathsPValue(int n1, int n2, long h, bool[]? check)
    {
        if (h <= 0)
        {
            return 1.0;
        }

        // u[j] after row i = (paths to (i, j) staying inside) · i!·n2!/(i+n2)!; u[n2] at the end is P(D < d).
        var u = new double[n2 + 1];
        u[0] = 1.0;
        for (var j = 1; j <= n2; j++)
        {
            u[j] = Outside(0, j, n1, n2, h, check) ? 0 : u[j - 1];
        }

        for (var i = 1; i <= n1; i++)
        {
            var w = (double)i / (i + n2);
            u[0] = Outside(i, 0, n1, n2, h, check) ? 0 : w * u[0];
            for (var j = 1; j <= n2; j++)
            {
                u[j] = Outside(i, j, n1, n2, h, check) ? 0 : (w * u[j]) + u[j - 1];
            }
        }

        return Math.Clamp(1.0 - u[n2], 0.0, 1.0);
    }

    private static bool Outside(int i, int j, long n1, long n2, long h, bool[]? check) =>
        (check is null || check[i + j]) && Math.Abs((i * n2) - (j * n1)) >= h;
}
