namespace Tollgate.Core.Statistics.Comparison;

/// <summary>
/// Sample-ratio-mismatch check: chi-square goodness of fit of observed arm counts to the planned split (no continuity
/// correction, as <c>scipy.stats.chisquare</c>). Counts are 64-bit. Undefined (NaN) for fewer than 2 arms, a planned
/// ratio ≤ 0 or no traffic at all.
/// </summary>
internal static class SampleRatioMismatch
{
    public static StatResult Test(IReadOnlyList<long> counts, IReadOnlyList<double> ratios)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(ratios);
        if (counts.Count != ratios.Count)
        {
            throw StatGuard.BadParameter($"{counts.Count} counts but {ratios.Count} ratios.", "Give one planned ratio per arm, e.g. counts=1043,8957 ratios=10,90.");
        }

        if (counts.Any(c => c < 0) || ratios.Any(r => !double.IsFinite(r)))
        {
            throw StatGuard.BadParameter("Counts must be non-negative integers and ratios finite numbers.", "Pass observed request counts per arm and planned weights.");
        }

        var k = counts.Count;
        long total = 0;
        foreach (var c in counts)
        {
            total = checked(total + c);
        }

        if (k < 2 || ratios.Any(r => r <= 0) || total == 0)
        {
            return Result(double.NaN, double.NaN, double.NaN, [.. Enumerable.Repeat(double.NaN, k)]);
        }

        var weight = ratios.Sum();
        var expected = new double[k];
        var statistic = 0.0;
        for (var i = 0; i < k; i++)
        {
            expected[i] = total * ratios[i] / weight;
            var d = counts[i] - expected[i];
            statistic += d * d / expected[i];
        }

        return Result(statistic, Distributions.ChiSquareSf(statistic, k - 1), k - 1, expected);
    }

    private static StatResult Result(double statistic, double p, double dof, double[] expected) =>
        new("srm", statistic, p, new Dictionary<string, object> { ["dof"] = dof, ["expected_counts"] = expected });
}
