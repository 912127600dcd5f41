namespace Tollgate.Core.Statistics;

/// <summary>
/// Distributions of the Kolmogorov–Smirnov statistic: the finite-n two-sided <c>D_n</c> (Simard &amp; L'Ecuyer's choice
/// of algorithms, as SciPy's <c>kstwo</c>), the one-sided Smirnov tail and the Kolmogorov limit.
/// </summary>
internal static class KolmogorovDistribution
{
    /// <summary>P(D_n ≥ x) for the one-sample two-sided statistic with n observations.</summary>
    public static double TwoSidedSf(int n, double x)
    {
        if (n <= 0 || double.IsNaN(x))
        {
            return double.NaN;
        }

        if (x >= 1.0)
        {
            return 0.0;
        }

        if (x <= 0.0)
        {
            return 1.0;
        }

        var t = n * x;
        if (t <= 1.0)
        {
            // Ruben–Gambino: P(D_n ≤ x) = n!/n^n (2t − 1)^n on [1/2n, 1/n].
            if (t <= 0.5)
            {
                return 1.0;
            }

            var logCdf = LogFactorialOverPower(n) + (n * Math.Log((2 * t) - 1));
            return Clip(1.0 - Math.Exp(logCdf));
        }

        if (t >= n - 1)
        {
            return Clip(2 * Math.Pow(1.0 - x, n));
        }

        if (x >= 0.5)
        {
            return Clip(2 * SmirnovSf(n, x));
        }

        var nx2 = t * x;
        if (n <= 140)
        {
            return nx2 <= 4 ? Clip(1.0 - DurbinCdf(n, x)) : Clip(2 * SmirnovSf(n, x));
        }

        if (nx2 >= 370.0)
        {
            return 0.0;
        }

        if (nx2 >= 2.2)
        {
            return Clip(2 * SmirnovSf(n, x));
        }

        var cdf = n <= 100000 && n * Math.Pow(x, 1.5) <= 1.4 ? DurbinCdf(n, x) : PelzGood.Cdf(n, x);
        return Clip(1.0 - cdf);
    }

    /// <summary>Limiting Kolmogorov distribution P(K ≥ x) (SciPy <c>kstwobign.sf</c>).</summary>
    public static double LimitSf(double x)
    {
        if (x <= 0)
        {
            return 1.0;
        }

        if (x < 1.0)
        {
            // Small x: the theta-function form of the CDF converges fast.
            var sum = 0.0;
            var f = -Math.PI * Math.PI / (8 * x * x);
            for (var k = 1; k < 100; k += 2)
            {
                var term = Math.Exp(f * k * k);
                sum += term;
                if (term < 1e-18 * sum)
                {
                    break;
                }
            }

            return Clip(1.0 - (Math.Sqrt(2 * Math.PI) / x * sum));
        }

        var total = 0.0;
        for (var k = 1; k < 100; k++)
        {
            var term = Math.Exp(-2.0 * k * k * x * x);
            total += (k % 2 == 1 ? 1 : -1) * term;
            if (term < 1e-18)
            {
                break;
            }
        }

        return Clip(2 * total);
    }

    /// <summary>One-sided P(D⁺_n ≥ x), exact Birnbaum–Tingey sum evaluated in logs.</summary>
    public static double SmirnovSf(int n, double x)
    {
        if (x <= 0)
        {
            return 1.0;
        }

        if (x >= 1)
        {
            return 0.0;
        }

        var jmax = (int)Math.Floor(n * (1 - x));

        // log C(n, j) is updated incrementally: one log per term instead of three log-gammas.
        double logChoose = 0, sum = 0;
        for (var j = 0; j <= jmax; j++)
        {
            if (j > 0)
            {
                logChoose += Math.Log((double)(n - j + 1) / j);
            }

            var left = 1 - x - ((double)j / n);
            var right = x + ((double)j / n);
            if (left <= 0 && n - j > 0)
            {
                continue;
            }

            var logTerm = logChoose
                + (n - j == 0 ? 0 : (n - j) * Math.Log(left))
                + ((j - 1) * Math.Log(right));
            if (logTerm > -745)
            {
                sum += Math.Exp(logTerm);
            }
        }

        return Clip(x * sum);
    }

    private static double LogGammaInt(int k) => MathNet.Numerics.SpecialFunctions.GammaLn(k);

    private static double LogFactorialOverPower(int n) => LogGammaInt(n + 1) - (n * Math.Log(n));

    private static double Clip(double p) => p < 0 ? 0 : p > 1 ? 1 : p;

    /// <summary>Durbin matrix algorithm (Marsaglia, Tsang &amp; Wang 2003) for P(D_n &lt; x); exact.</summary>
    private static double DurbinCdf(int n, double d) => DurbinMatrix.Cdf(n, d);
}
