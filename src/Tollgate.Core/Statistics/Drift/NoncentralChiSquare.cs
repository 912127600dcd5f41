using MathNet.Numerics;

namespace Tollgate.Core.Statistics.Drift;

/// <summary>
/// The noncentral chi-square distribution (Poisson mixture of central ones) and the confidence interval for its
/// noncentrality λ given one observation, the basis of the PSI and Jensen–Shannon intervals: n_eff × divergence of
/// binned counts is approximately χ²(k, λ = n_eff × true divergence), so the interval covers the true divergence at any n.
/// </summary>
internal static class NoncentralChiSquare
{
    // Beyond this Poisson mean the distribution is normal to well within what the interval needs (skewness ~ √(8/λ)).
    private const double NormalFrom = 2e4;

    public static double Cdf(double x, double k, double lambda)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (lambda <= 0)
        {
            return SpecialFunctions.GammaLowerRegularized(k / 2, x / 2);
        }

        var mu = lambda / 2;
        if (mu > NormalFrom)
        {
            return MathNet.Numerics.Distributions.Normal.CDF(k + lambda, Math.Sqrt(2 * (k + (2 * lambda))), x);
        }

        var spread = (10 * Math.Sqrt(mu)) + 10;
        var from = (int)Math.Max(0, Math.Floor(mu - spread));
        var to = (int)Math.Ceiling(mu + spread);
        var sum = 0.0;
        for (var j = from; j <= to; j++)
        {
            var weight = Math.Exp(-mu + (j * Math.Log(mu)) - SpecialFunctions.GammaLn(j + 1));
            sum += weight * SpecialFunctions.GammaLowerRegularized((k / 2) + j, x / 2);
        }

        return Math.Clamp(sum, 0, 1);
    }

    /// <summary>Two-sided interval for λ at level 1 − α from one observed value x (lower end 0 when x is typical of λ = 0).</summary>
    public static (double Lower, double Upper) LambdaInterval(double x, double k, double alpha)
    {
        var lower = Cdf(x, k, 0) <= 1 - (alpha / 2) ? 0 : Solve(x, k, 1 - (alpha / 2));
        return (lower, Solve(x, k, alpha / 2));
    }

    /// <summary>λ with Cdf(x; k, λ) = target (the CDF falls as λ grows).</summary>
    private static double Solve(double x, double k, double target)
    {
        if (Cdf(x, k, 0) <= target)
        {
            return 0;
        }

        double lo = 0, hi = Math.Max(10, 2 * (x + k));
        while (Cdf(x, k, hi) > target)
        {
            lo = hi;
            hi *= 2;
        }

        for (var i = 0; i < 100 && hi - lo > 1e-9 * Math.Max(1, hi); i++)
        {
            var mid = 0.5 * (lo + hi);
            if (Cdf(x, k, mid) > target) { lo = mid; } else { hi = mid; }
        }

        return 0.5 * (lo + hi);
    }
}
