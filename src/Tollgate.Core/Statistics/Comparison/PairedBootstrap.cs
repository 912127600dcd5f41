namespace Tollgate.Core.Statistics.Comparison;

/// <summary>
/// Paired percentile bootstrap of metric(candidate) − metric(baseline): each resample draws the row indices once, with
/// replacement, and both models are scored on the same drawn rows, so the interval keeps the pairing. Seeded
/// (System.Random with the given seed), so the same inputs give the same interval on every run.
/// </summary>
internal static class PairedBootstrap
{
    /// <summary>Point difference on all rows and the percentile interval (linear interpolation, as R's type 7 quantile).</summary>
    public static (double Difference, double Lower, double Upper) Difference(
        int rows, Func<int[], double> candidate, Func<int[], double> baseline, int resamples, int seed, double confidence)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(baseline);
        ConfidenceLevel.Quantile(confidence);
        if (rows < 2 || resamples < 100)
        {
            throw StatGuard.BadParameter($"A paired bootstrap needs at least 2 rows and 100 resamples (got {rows} rows, {resamples} resamples).", "Use a larger holdout or resamples: 2000.");
        }

        var all = Enumerable.Range(0, rows).ToArray();
        var point = candidate(all) - baseline(all);
        var random = new Random(seed);
        var drawn = new int[rows];
        var differences = new List<double>(resamples);
        for (var b = 0; b < resamples; b++)
        {
            for (var i = 0; i < rows; i++)
            {
                drawn[i] = random.Next(rows);
            }

            var d = candidate(drawn) - baseline(drawn);
            if (double.IsFinite(d))
            {
                differences.Add(d); // a resample where the metric is undefined (e.g. no positive row) carries no information
            }
        }

        if (differences.Count < resamples / 2)
        {
            return (point, double.NaN, double.NaN);
        }

        differences.Sort();
        var tail = (1 - confidence) / 2;
        return (point, Quantile(differences, tail), Quantile(differences, 1 - tail));
    }

    private static double Quantile(List<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
