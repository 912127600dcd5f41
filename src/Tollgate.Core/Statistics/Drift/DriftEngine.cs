using Tollgate.Core.Data;

namespace Tollgate.Core.Statistics.Drift;

/// <summary>Compares every shared column of a reference and a current table; columns run in parallel.</summary>
public static class DriftEngine
{
    /// <summary>
    /// Tests every shared column (or <paramref name="columns"/>) of two data files for drift, as <c>tollgate drift</c> does:
    /// CSV, Parquet or JSON lines, column types inferred, memory bounded by batching columns of wide files.
    /// </summary>
    /// <param name="referencePath">The reference data file.</param>
    /// <param name="currentPath">The current data file, with the same columns.</param>
    /// <param name="options">Tests, thresholds and adjustment (<c>new DriftOptions()</c> for the documented defaults).</param>
    /// <param name="columns">Columns to compare; null compares all (the headers must then match).</param>
    /// <returns>Per-dataset verdict (<see cref="DriftReport.DatasetDrift"/>) and the drifted columns.</returns>
    public static DriftReport Run(string referencePath, string currentPath, DriftOptions options, IReadOnlyCollection<string>? columns = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(referencePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(currentPath);
        ArgumentNullException.ThrowIfNull(options);
        return DriftFiles.Run(referencePath, currentPath, new DataReadOptions { Columns = columns }, options);
    }

    /// <summary>
    /// Runs the per-column tests, adjusts p-values across columns and decides dataset drift.
    /// The tables are consumed: numeric columns are sorted in place to keep memory at one copy of the data.
    /// </summary>
    internal static DriftReport Run(DataTable reference, DataTable current, DriftOptions options)
    {
        CheckHeaders(reference, current);
        return Summarize(reference.Source, current.Source, Compute(reference, current, options), options);
    }

    /// <summary>The per-column results of one batch of columns, before the cross-column adjustment.</summary>
    internal static ColumnDrift[] Compute(DataTable reference, DataTable current, DriftOptions options)
    {
        var columns = reference.Columns;
        var raw = new ColumnDrift[columns.Count];
        Parallel.For(0, columns.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var r = columns[i];
            raw[i] = ColumnDriftCalculator.Compute(r, current.Column(r.Name), options);
        });
        return raw;
    }

    /// <summary>Adjusts p-values across all columns (of every batch) and decides dataset drift.</summary>
    internal static DriftReport Summarize(string reference, string current, IReadOnlyList<ColumnDrift> raw, DriftOptions options)
    {
        var tested = raw.Where(c => c.PValue.HasValue).ToArray();
        var adjusted = options.Adjust == "none"
            ? tested.Select(c => c.PValue!.Value).ToArray()
            : PValueAdjust.Adjust(tested.Select(c => c.PValue!.Value).ToArray(), options.Adjust);
        var byName = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < tested.Length; i++)
        {
            byName[tested[i].Column] = adjusted[i];
        }

        // Intervals are simultaneous over the tested columns (Bonferroni) unless adjustment is off.
        var intervalAlpha = options.Adjust == "none" || tested.Length == 0 ? options.Alpha : options.Alpha / tested.Length;
        var results = raw.Select(c => Decide(WithInterval(c, intervalAlpha), byName, options)).ToArray();
        var testedCount = results.Count(c => c.Status is "drift" or "no-drift");
        var drifted = results.Count(c => c.Drifted);
        var share = testedCount == 0 ? 0 : (double)drifted / testedCount;
        return new DriftReport
        {
            Reference = reference,
            Current = current,
            TestedColumns = testedCount,
            DriftedColumns = drifted,
            DriftShare = share,
            DriftShareThreshold = options.DriftShareThreshold,
            DatasetDrift = testedCount > 0 && share >= options.DriftShareThreshold,
            InconclusiveColumns = results.Count(c => !c.Drifted && c.Verdict == DriftVerdict.Inconclusive),
            Options = options,
            Columns = results,
        };
    }

    private static ColumnDrift Decide(ColumnDrift c, Dictionary<string, double> adjusted, DriftOptions o)
    {
        if (c.Status is "skipped" or "insufficient-data")
        {
            var missingOnly = c.MissingRateDrift;
            return c with { Drifted = missingOnly, Status = missingOnly ? "drift" : c.Status };
        }

        var p = adjusted.TryGetValue(c.Column, out var q) ? q : (double?)null;
        var significant = p.HasValue && p.Value < o.Alpha;
        var large = c.EffectSize.HasValue && c.EffectSize.Value >= c.EffectThreshold;
        var drifted = o.Gate switch
        {
            DriftCriterion.PValue => significant,
            DriftCriterion.Effect => large,
            DriftCriterion.Interval => c.Verdict == DriftVerdict.Drifted || (c.Verdict is null && significant && large),
            _ => significant && large,
        } || c.MissingRateDrift;
        return c with { AdjustedPValue = p, Drifted = drifted, Status = drifted ? "drift" : "no-drift" };
    }

    private static ColumnDrift WithInterval(ColumnDrift c, double alpha)
    {
        if (c.Status != "tested" || c.EffectThreshold is not { } threshold || EffectInterval.For(c, alpha) is not { } i)
        {
            return c;
        }

        return c with { EffectLower = i.Lower, EffectUpper = i.Upper, IntervalMethod = i.Method, Verdict = EffectInterval.Verdict(i.Lower, i.Upper, threshold) };
    }

    private static void CheckHeaders(DataTable reference, DataTable current) =>
        CheckHeaders(reference.Source, reference.Columns.Select(c => c.Name), current.Source, current.Columns.Select(c => c.Name));

    internal static void CheckHeaders(string reference, IEnumerable<string> referenceColumns, string current, IEnumerable<string> currentColumns)
    {
        var refNames = referenceColumns.ToHashSet(StringComparer.Ordinal);
        var curNames = currentColumns.ToHashSet(StringComparer.Ordinal);
        var onlyRef = refNames.Except(curNames).ToArray();
        var onlyCur = curNames.Except(refNames).ToArray();
        if (onlyRef.Length > 0 || onlyCur.Length > 0)
        {
            throw new TollgateException(
                ErrorCodes.DataHeaderMismatch,
                $"Header mismatch between reference {reference} and current {current}: only in reference [{DataFiles.ColumnList(onlyRef)}], only in current [{DataFiles.ColumnList(onlyCur)}].",
                "Both files need the same columns; use --columns to compare a subset.");
        }
    }
}
