namespace Tollgate.Core.Statistics;

/// <summary>Anderson–Darling k-sample test, midrank version (Scholz &amp; Stephens 1987), as SciPy <c>anderson_ksamp</c>.</summary>
internal static class AndersonDarlingKSample
{
    private static readonly double[] Significance = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001];
    private static readonly double[] B0 = [0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085];
    private static readonly double[] B1 = [-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615];
    private static readonly double[] B2 = [-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154];

    /// <summary>Standardised statistic T, interpolated p-value (capped to [0.001, 0.25]) and critical values.</summary>
    public static StatResult Test(IReadOnlyList<double[]> samples)
    {
        var k = samples.Count;
        if (k < 2)
        {
            throw StatGuard.BadParameter($"anderson-ksamp needs at least 2 samples (got {k}).", "Pass --sample FILE at least twice.");
        }

        var sorted = new double[k][];
        var n = new double[k];
        var total = 0;
        for (var i = 0; i < k; i++)
        {
            StatGuard.NonEmpty(samples[i], $"sample {i + 1}");
            StatGuard.Finite(samples[i], $"sample {i + 1}");
            sorted[i] = Descriptive.SortedCopy(samples[i]);
            n[i] = sorted[i].Length;
            total += sorted[i].Length;
        }

        var pooled = new double[total];
        var at = 0;
        foreach (var s in sorted)
        {
            s.CopyTo(pooled, at);
            at += s.Length;
        }

        Array.Sort(pooled);
        double bigN = total;
        var a2 = MidrankA2(sorted, n, pooled, bigN);
        var t = Standardise(a2, n, k, bigN);
        var m = k - 1.0;
        var critical = new double[7];
        for (var i = 0; i < 7; i++)
        {
            critical[i] = B0[i] + (B1[i] / Math.Sqrt(m)) + (B2[i] / m);
        }

        return new StatResult("anderson-ksamp", t, PValue(t, critical), new Dictionary<string, object>
        {
            ["critical_values"] = critical,
            ["significance_levels"] = Significance,
        });
    }

    private static double MidrankA2(double[][] sorted, double[] n, double[] pooled, double bigN)
    {
        double a2 = 0;
        var ptr = new int[sorted.Length];
        var idx = 0;
        var inner = new double[sorted.Length];
        while (idx < pooled.Length)
        {
            var z = pooled[idx];
            var end = idx;
            while (end < pooled.Length && pooled[end] == z)
            {
                end++;
            }

            double lj = end - idx;
            var bj = idx + (lj / 2);
            var denom = (bj * (bigN - bj)) - (bigN * lj / 4);
            for (var i = 0; i < sorted.Length; i++)
            {
                var s = sorted[i];
                var left = ptr[i];
                var right = left;
                while (right < s.Length && s[right] == z)
                {
                    right++;
                }

                ptr[i] = right;
                var mij = right - ((right - left) / 2.0);
                var diff = (bigN * mij) - (bj * n[i]);
                inner[i] += lj / bigN * diff * diff / denom;
            }

            idx = end;
        }

        for (var i = 0; i < sorted.Length; i++)
        {
            a2 += inner[i] / n[i];
        }

        return a2 * (bigN - 1) / bigN;
    }

    private static double Standardise(double a2, double[] n, int k, double bigN)
    {
        double hCap = 0;
        foreach (var ni in n)
        {
            hCap += 1.0 / ni;
        }

        // hs_cs[i] = Σ_{t=N−1−i}^{N−1} 1/t; h = Σ_{i=1}^{N−1} 1/i; g = Σ hs_cs[i]/(i + 2).
        var count = (int)bigN - 2;
        double cum = 0, g = 0;
        for (var i = 0; i < count; i++)
        {
            cum += 1.0 / (bigN - 1 - i);
            g += cum / (i + 2);
        }

        var h = cum + 1;
        var a = (((4 * g) - 6) * (k - 1)) + ((10 - (6 * g)) * hCap);
        var b = (((2 * g) - 4) * k * k) + (8 * h * k) + ((((2 * g) - (14 * h)) - 4) * hCap) - (8 * h) + (4 * g) - 6;
        var c = ((((6 * h) + (2 * g)) - 2) * k * k) + ((((4 * h) - (4 * g)) + 6) * k) + (((2 * h) - 6) * hCap) + (4 * h);
        var d = (((2 * h) + 6) * k * k) - (4 * h * k);
        var sigmaSq = ((a * bigN * bigN * bigN) + (b * bigN * bigN) + (c * bigN) + d) / ((bigN - 1) * (bigN - 2) * (bigN - 3));
        return (a2 - (k - 1)) / Math.Sqrt(sigmaSq);
    }

    private static double PValue(double t, double[] critical)
    {
        if (t < critical[0])
        {
            return 0.25;
        }

        if (t > critical[^1])
        {
            return 0.001;
        }

        var logSig = Array.ConvertAll(Significance, Math.Log);
        var coef = MathNet.Numerics.Fit.Polynomial(critical, logSig, 2);
        return Math.Exp(coef[0] + (coef[1] * t) + (coef[2] * t * t));
    }
}
