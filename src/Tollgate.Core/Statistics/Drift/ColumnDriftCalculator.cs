using Tollgate.Core.Data;

namespace Tollgate.Core.Statistics.Drift;

/// <summary>Computes the tests, effect sizes and report data of one column (before cross-column adjustment).</summary>
internal static class ColumnDriftCalculator
{
    public static ColumnDrift Compute(DataColumn reference, DataColumn current, DriftOptions o)
    {
        var kind = reference.Kind.ToString().ToLowerInvariant();
        var baseResult = new ColumnDrift
        {
            Column = reference.Name,
            Kind = kind,
            Status = "skipped",
            ReferenceMissingRate = reference.MissingRate,
            CurrentMissingRate = current.MissingRate,
            MissingRateDrift = current.MissingRate - reference.MissingRate >= o.MissingRateThreshold,
        };
        return reference.Kind switch
        {
            ColumnKind.Numeric or ColumnKind.Timestamp => Numeric(reference, current, o, baseResult),
            ColumnKind.Categorical or ColumnKind.Boolean => Categorical(reference, current, o, baseResult),
            _ => baseResult with { Message = "text columns are not tested for drift" },
        };
    }

    private static ColumnDrift Numeric(DataColumn reference, DataColumn current, DriftOptions o, ColumnDrift c)
    {
        if (current.Values is null)
        {
            return c with { Message = $"reference is {reference.Kind} but current is {current.Kind}" };
        }

        var r = reference.FiniteValues();
        var q = current.FiniteValues();
        c = c with { ReferenceRows = r.Length, CurrentRows = q.Length };
        if (r.Length < o.MinRows || q.Length < o.MinRows)
        {
            return Insufficient(c, o);
        }

        // Sort once, in place (DriftEngine.Run documents that it consumes the tables): no copy of 8 bytes per cell.
        RadixSort.Sort(r);
        RadixSort.Sort(q);
        var ks = KolmogorovSmirnov.TestSorted(r, q, o.KsMethod);
        var edges = QuantileBins.Edges(r, o.Bins);
        var refCounts = QuantileBins.CountSorted(r, edges);
        var curCounts = QuantileBins.CountSorted(q, edges);
        var psi = PopulationStability.FromCounts(refCounts, curCounts, o.Epsilon).Statistic;
        var js = JensenShannon.FromCounts(refCounts, curCounts).Statistic;
        var w = Wasserstein.TestSorted(r, q);
        var wNorm = w.Get("normalized");
        var metrics = new Dictionary<string, double?>
        {
            ["ks_d"] = ks.Statistic,
            ["ks_pvalue"] = Nullable(ks.PValue),
            ["psi"] = psi,
            ["wasserstein"] = w.Statistic,
            ["wasserstein_normalized"] = Nullable(wNorm),
            ["jensen_shannon"] = js,
        };
        var effect = o.NumericEffect switch
        {
            "ks" => ks.Statistic,
            "wasserstein" => wNorm,
            "jensen-shannon" => js,
            _ => psi,
        };
        return c with
        {
            Status = "tested",
            Test = "ks",
            Statistic = ks.Statistic,
            PValue = Nullable(ks.PValue),
            EffectMetric = o.NumericEffect,
            EffectSize = Nullable(effect),
            EffectThreshold = o.AutoThreshold ? SplitHalfThreshold.Numeric(r, o) : o.NumericEffectThreshold,
            Metrics = metrics,
            Histogram = new Histogram(edges, null, refCounts, curCounts),
            Ecdf = Ecdf.Build(r, q, o.EcdfPoints),
        };
    }

    private static ColumnDrift Categorical(DataColumn reference, DataColumn current, DriftOptions o, ColumnDrift c)
    {
        var r = Labels(reference);
        var q = Labels(current);
        c = c with { ReferenceRows = r.Count, CurrentRows = q.Count };
        if (r.Count < o.MinRows || q.Count < o.MinRows)
        {
            return Insufficient(c, o);
        }

        var (categories, refCounts, curCounts) = CategoryCounts.Build(r, q);
        var chi = ChiSquareHomogeneity.FromCounts(refCounts, curCounts);
        var js = JensenShannon.FromCounts(refCounts, curCounts).Statistic;
        var psi = PopulationStability.FromCounts(refCounts, curCounts, o.Epsilon).Statistic;
        var effect = o.CategoricalEffect == "psi" ? psi : js;
        return c with
        {
            Status = "tested",
            Test = "chi2",
            Statistic = chi.Statistic,
            PValue = chi.PValue,
            EffectMetric = o.CategoricalEffect,
            EffectSize = effect,
            EffectThreshold = o.AutoThreshold ? SplitHalfThreshold.Categorical(r, o) : o.CategoricalEffectThreshold,
            Metrics = new Dictionary<string, double?> { ["chi2"] = chi.Statistic, ["chi2_pvalue"] = chi.PValue, ["dof"] = chi.Get("dof"), ["jensen_shannon"] = js, ["psi"] = psi },
            Histogram = new Histogram(null, categories, refCounts, curCounts),
        };
    }

    private static List<string> Labels(DataColumn column)
    {
        if (column.Labels is not null)
        {
            return column.PresentLabels();
        }

        var result = new List<string>(column.Length);
        foreach (var v in column.Values!)
        {
            if (double.IsFinite(v))
            {
                result.Add(v.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return result;
    }

    private static ColumnDrift Insufficient(ColumnDrift c, DriftOptions o) => c with
    {
        Status = "insufficient-data",
        MinimumRows = o.MinRows,
        Message = $"needs at least {o.MinRows} present values on each side (reference {c.ReferenceRows}, current {c.CurrentRows})",
    };

    private static double? Nullable(double v) => double.IsNaN(v) ? null : v;
}
