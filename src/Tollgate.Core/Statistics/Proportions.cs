namespace Tollgate.Core.Statistics;

/// <summary>Confidence intervals for proportions: Wilson score interval and a paired accuracy difference.</summary>
internal static class Proportions
{
    /// <summary>Wilson score interval for <paramref name="successes"/> out of <paramref name="n"/> at confidence 1 − α.</summary>
    public static (double Low, double High) Wilson(long successes, long n, double confidence = 0.95)
    {
        if (n <= 0)
        {
            return (double.NaN, double.NaN);
        }

        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));
        var phat = (double)successes / n;
        var z2 = z * z;
        var denom = 1 + (z2 / n);
        var centre = (phat + (z2 / (2 * n))) / denom;
        var half = z * Math.Sqrt((phat * (1 - phat) / n) + (z2 / (4.0 * n * n))) / denom;
        // The bounds are exactly 0 and 1 at the edges; rounding would leave ~1e-17.
        return (successes == 0 ? 0 : Math.Max(0, centre - half), successes == n ? 1 : Math.Min(1, centre + half));
    }

    /// <summary>
    /// Wald interval for accuracy(candidate) − accuracy(baseline) on the same rows, using the paired variance
    /// ((b + c) − (b − c)²/n)/n² from the discordant counts.
    /// </summary>
    public static (double Difference, double Low, double High) PairedAccuracyDifference(long candidateOnly, long baselineOnly, long n, double confidence = 0.95)
    {
        if (n <= 0)
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));
        double nn = n;
        var diff = (candidateOnly - baselineOnly) / nn;
        var variance = ((candidateOnly + baselineOnly) - ((candidateOnly - baselineOnly) * (double)(candidateOnly - baselineOnly) / nn)) / (nn * nn);
        var half = z * Math.Sqrt(Math.Max(0, variance));
        return (diff, diff - half, diff + half);
    }
}
