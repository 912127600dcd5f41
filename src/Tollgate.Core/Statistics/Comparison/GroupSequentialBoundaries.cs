namespace Tollgate.Core.Statistics.Comparison;

/// <summary>
/// One-sided efficacy boundaries of a group sequential test with alpha spending (no futility boundary), as rpact's
/// <c>getDesignGroupSequential</c>. Look statistics Z_k = S(t_k)/√t_k of a Brownian motion; c_k solves
/// P(Z_1 &lt; c_1, …, Z_{k−1} &lt; c_{k−1}, Z_k ≥ c_k) = α(t_k) − α(t_{k−1}), by the recursive numerical integration of
/// Armitage, McPherson and Rowe (Jennison and Turnbull, ch. 19) with Simpson's rule on a fine grid.
/// </summary>
internal static class GroupSequentialBoundaries
{
    // The continuation region is truncated 8 SD below the mean under H0; the mass below is ~1e-15.
    private const double Floor = -8.0;

    /// <summary>Boundaries for information fractions 0 &lt; t_1 &lt; … &lt; t_K = 1.</summary>
    public static GroupSequentialDesign Compute(IReadOnlyList<double> informationRates, AlphaSpending spending) =>
        Compute(informationRates, spending, complete: true);

    /// <summary>
    /// The boundaries of the looks taken so far (t_k may be below 1): c_1..c_k depend only on t_1..t_k, which is what
    /// lets a canary judge use the information it actually observed at each look.
    /// </summary>
    public static GroupSequentialDesign ComputeSoFar(IReadOnlyList<double> informationRates, AlphaSpending spending) =>
        Compute(informationRates, spending, complete: false);

    private static GroupSequentialDesign Compute(IReadOnlyList<double> informationRates, AlphaSpending spending, bool complete)
    {
        ArgumentNullException.ThrowIfNull(spending);
        CheckRates(informationRates, complete);
        spending = spending.Validated();
        var k = informationRates.Count;
        var critical = new double[k];
        var spent = new double[k];
        var levels = new double[k];
        DensityGrid? density = null;
        var previousSpent = 0.0;
        for (var look = 0; look < k; look++)
        {
            var t = informationRates[look];
            spent[look] = spending.Spent(t);
            var increment = spent[look] - previousSpent;
            if (density is null)
            {
                // −Φ⁻¹(α(t_1)) keeps its precision when α(t_1) is as small as 1e-16.
                critical[look] = -MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, increment);
                density = DensityGrid.FirstLook(critical[look], Floor);
            }
            else
            {
                var grid = density;
                var tPrevious = informationRates[look - 1];
                critical[look] = Solve(c => grid.CrossingProbability(tPrevious, t, c), increment);
                density = grid.Next(tPrevious, t, critical[look], Floor);
            }

            levels[look] = Distributions.NormalSf(critical[look]);
            previousSpent = spent[look];
        }

        return new GroupSequentialDesign(informationRates.ToArray(), spending, critical, spent, levels);
    }

    /// <summary>Bisection on the crossing probability, which falls as the boundary rises.</summary>
    private static double Solve(Func<double, double> crossing, double target)
    {
        double lo = -8, hi = 40;
        for (var i = 0; i < 200 && hi - lo > 1e-13; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (crossing(mid) > target) { lo = mid; } else { hi = mid; }
        }

        return 0.5 * (lo + hi);
    }

    private static void CheckRates(IReadOnlyList<double> t, bool complete)
    {
        ArgumentNullException.ThrowIfNull(t);
        var ok = t.Count >= 1 && t.All(double.IsFinite) && t[0] > 0 && (complete ? Math.Abs(t[^1] - 1) < 1e-12 : t[^1] <= 1);
        for (var i = 1; ok && i < t.Count; i++)
        {
            ok = t[i] > t[i - 1];
        }

        if (!ok)
        {
            throw StatGuard.BadParameter($"Information rates [{string.Join(", ", t)}] must rise strictly from above 0 to exactly 1.", "Use e.g. looks=0.1,0.5,1.");
        }
    }
}
