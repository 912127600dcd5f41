namespace Tollgate.Core.Statistics.Drift;

/// <summary>
/// <c>threshold: auto</c>: a column's effect threshold is the distance two halves of its own reference show — the
/// largest effect size over five seeded random half-splits (seeds <c>seed</c> … <c>seed + 4</c>; each value goes to
/// either half with probability ½). A current sample must differ from the reference by more than the reference differs
/// from itself before it counts as drifted.
/// </summary>
internal static class SplitHalfThreshold
{
    private const int Splits = 5;

    /// <summary>For a numeric column; <paramref name="sorted"/> is the sorted reference (a random split of it keeps both halves sorted).</summary>
    public static double Numeric(double[] sorted, DriftOptions o)
    {
        var worst = 0.0;
        for (var s = 0; s < Splits; s++)
        {
            var random = new Random(o.AutoThresholdSeed + s);
            var a = new List<double>(sorted.Length / 2);
            var b = new List<double>(sorted.Length / 2);
            foreach (var v in sorted)
            {
                (random.Next(2) == 0 ? a : b).Add(v);
            }

            if (a.Count == 0 || b.Count == 0)
            {
                continue;
            }

            worst = Math.Max(worst, NumericEffect([.. a], [.. b], o));
        }

        return worst;
    }

    /// <summary>For a categorical column.</summary>
    public static double Categorical(IReadOnlyList<string> labels, DriftOptions o)
    {
        var worst = 0.0;
        for (var s = 0; s < Splits; s++)
        {
            var random = new Random(o.AutoThresholdSeed + s);
            var a = new List<string>();
            var b = new List<string>();
            foreach (var v in labels)
            {
                (random.Next(2) == 0 ? a : b).Add(v);
            }

            var (_, ra, rb) = CategoryCounts.Build(a, b);
            var effect = o.CategoricalEffect == "psi" ? PopulationStability.FromCounts(ra, rb, o.Epsilon).Statistic : JensenShannon.FromCounts(ra, rb).Statistic;
            worst = Math.Max(worst, effect);
        }

        return worst;
    }

    private static double NumericEffect(double[] a, double[] b, DriftOptions o)
    {
        switch (o.NumericEffect)
        {
            case "ks":
                return KolmogorovSmirnov.TestSorted(a, b, KsMethod.Asymp).Statistic;
            case "wasserstein":
                return Wasserstein.TestSorted(a, b).Get("normalized");
            default:
                var edges = QuantileBins.Edges(a, o.Bins);
                var ca = QuantileBins.CountSorted(a, edges);
                var cb = QuantileBins.CountSorted(b, edges);
                return o.NumericEffect == "jensen-shannon" ? JensenShannon.FromCounts(ca, cb).Statistic : PopulationStability.FromCounts(ca, cb, o.Epsilon).Statistic;
        }
    }
}
