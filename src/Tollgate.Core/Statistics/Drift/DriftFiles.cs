using Tollgate.Core.Data;

namespace Tollgate.Core.Statistics.Drift;

/// <summary>
/// Drift between two files of any width with memory bounded by a <see cref="DataMemoryBudget"/>: both files' shapes
/// (header, row count) plan column batches; each batch streams both files once, loading only its columns, and keeps
/// only their per-column results. A file that fits the budget is read in one pass, as <see cref="DriftInputs"/> does.
/// </summary>
internal static class DriftFiles
{
    /// <summary>Runs drift over <paramref name="read"/>'s columns (all shared columns when null).</summary>
    public static DriftReport Run(string reference, string current, DataReadOptions read, DriftOptions options, DataMemoryBudget? budget = null) =>
        Run(reference, current, read, options, budget ?? DataMemoryBudget.Default, batchLoaded: null);

    /// <summary>As above; <paramref name="batchLoaded"/> sees how many columns each batch held (a test seam).</summary>
    internal static DriftReport Run(string reference, string current, DataReadOptions read, DriftOptions options, DataMemoryBudget budget, Action<int>? batchLoaded)
    {
        var refTask = Task.Run(() => DataFiles.Shape(reference));
        var curTask = Task.Run(() => DataFiles.Shape(current));
        var refShape = refTask.GetAwaiter().GetResult();
        var curShape = curTask.GetAwaiter().GetResult();
        NotEmpty(refShape);
        NotEmpty(curShape);
        var columns = Columns(refShape, curShape, read.Columns);
        var perBatch = Math.Min(
            budget.ColumnsPerBatch(refShape.Rows, read.InferenceRows, refShape.CellBytes),
            budget.ColumnsPerBatch(curShape.Rows, read.InferenceRows, curShape.CellBytes));
        IEnumerable<string[]> batches = columns.Count == 0 ? [[]] : columns.Chunk(perBatch);
        var raw = new List<ColumnDrift>(columns.Count);
        foreach (var batch in batches)
        {
            var (r, c) = DriftInputs.Load(reference, For(batch, read, refShape), current, For(batch, read, curShape));
            batchLoaded?.Invoke(r.Columns.Count);
            raw.AddRange(DriftEngine.Compute(r, c, options));
        }

        return DriftEngine.Summarize(reference, current, raw, options);
    }

    // A file without data rows is refused as empty before its header is compared (a binary file has no rows either).
    private static void NotEmpty(DataShape shape)
    {
        if (shape.Rows == 0)
        {
            throw new Errors.TollgateException(Errors.ErrorCodes.DataFileEmpty, $"{shape.Path} has a header but no data rows.", "Add data rows below the header.");
        }
    }

    private static List<string> Columns(DataShape reference, DataShape current, IReadOnlyCollection<string>? wanted)
    {
        if (wanted is null)
        {
            DriftEngine.CheckHeaders(reference.Path, reference.Header, current.Path, current.Header);
            return [.. reference.Header];
        }

        // Refuse a column missing from either file before any cell is read.
        DataFiles.Select(reference.Path, [.. reference.Header], wanted);
        DataFiles.Select(current.Path, [.. current.Header], wanted);
        return [.. wanted];
    }

    private static DataReadOptions For(string[] batch, DataReadOptions read, DataShape shape) => new()
    {
        Columns = batch,
        Overrides = read.Overrides,
        InferenceRows = read.InferenceRows,
        RowCountHint = shape.Rows,
    };
}
