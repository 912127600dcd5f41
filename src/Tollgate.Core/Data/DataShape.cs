namespace Tollgate.Core.Data;

/// <summary>A data file's header and row count, read without loading its cells (plans column batches).</summary>
/// <param name="Path">The file.</param>
/// <param name="Header">Column names in file order.</param>
/// <param name="Rows">Data rows (an upper bound for CSV: blank lines count).</param>
internal sealed record DataShape(string Path, IReadOnlyList<string> Header, long Rows)
{
    /// <summary>
    /// Estimated bytes one loaded cell takes while read: 8 for CSV (a double or a reference); Parquet and JSON lines
    /// pass every cell through a boxed value or a string first.
    /// </summary>
    public long CellBytes { get; init; } = 8;
}
