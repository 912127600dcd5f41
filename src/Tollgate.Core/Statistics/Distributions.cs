using MathNet.Numerics;

namespace Tollgate.Core.Statistics;

/// <summary>Tail probabilities computed directly from the special functions, so small p-values keep their precision.</summary>
internal static class Distributions
{
    /// <summary>P(Z ≥ z) for the standard normal.</summary>
    public static double NormalSf(double z) => 0.5 * SpecialFunctions.Erfc(z / Math.Sqrt(2));

    /// <summary>P(T_df ≥ t) for Student's t (non-integer df allowed).</summary>
    public static double StudentTSf(double t, double df)
    {
        var tail = 0.5 * SpecialFunctions.BetaRegularized(df / 2, 0.5, df / (df + (t * t)));
        return t >= 0 ? tail : 1 - tail;
    }

    /// <summary>Two-sided P(|T_df| ≥ |t|).</summary>
    public static double StudentTTwoSided(double t, double df) =>
        Math.Min(1.0, SpecialFunctions.BetaRegularized(df / 2, 0.5, df / (df + (t * t))));

    /// <summary>P(χ²_k ≥ x).</summary>
    public static double ChiSquareSf(double x, double k) => SpecialFunctions.GammaUpperRegularized(k / 2, x / 2);
}
