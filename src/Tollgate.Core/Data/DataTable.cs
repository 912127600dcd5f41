using Tollgate.Core.Errors;

namespace Tollgate.Core.Data;

/// <summary>A loaded file: typed columns of equal length.</summary>
public sealed class DataTable(string source, IReadOnlyList<DataColumn> columns, int rowCount)
{
    /// <summary>The file it came from (for messages).</summary>
    public string Source { get; } = source;

    /// <summary>Columns in file order.</summary>
    public IReadOnlyList<DataColumn> Columns { get; } = columns;

    /// <summary>Number of data rows.</summary>
    public int RowCount { get; } = rowCount;

    /// <summary>Whether a column exists.</summary>
    public bool Has(string name) => Columns.Any(c => c.Name == name);

    /// <summary>A column by name, or a clear error listing the available ones.</summary>
    public DataColumn Column(string name) =>
        Columns.FirstOrDefault(c => c.Name == name) ?? throw new TollgateException(
            ErrorCodes.DataColumnNotFound,
            $"{Source}: no column '{name}' (columns: {string.Join(", ", Columns.Select(c => c.Name))}).",
            "Check the column name (names are case-sensitive).");
}
