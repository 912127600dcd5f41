namespace Tollgate.Core.Data;

/// <summary>A loaded file: typed columns of equal length.</summary>
internal sealed class DataTable(string source, IReadOnlyList<DataColumn> columns, int rowCount)
{
    /// <summary>The file it came from (for messages).</summary>
    public string Source { get; } = source;

    /// <summary>Columns in file order.</summary>
    public IReadOnlyList<DataColumn> Columns { get; } = columns;

    // By name, so looking up every column of a wide table is linear, not quadratic.
    private readonly Dictionary<string, DataColumn> byName = Index(columns);

    /// <summary>Number of data rows.</summary>
    public int RowCount { get; } = rowCount;

    /// <summary>Whether a column exists.</summary>
    public bool Has(string name) => byName.ContainsKey(name);

    /// <summary>A column by name, or a clear error listing the available ones.</summary>
    public DataColumn Column(string name) =>
        byName.GetValueOrDefault(name) ?? throw new TollgateException(
            ErrorCodes.DataColumnNotFound,
            $"{Source}: no column '{name}' (columns: {DataFiles.ColumnList(Columns.Select(c => c.Name).ToList())}).",
            "Check the column name (names are case-sensitive).");

    private static Dictionary<string, DataColumn> Index(IReadOnlyList<DataColumn> columns)
    {
        var index = new Dictionary<string, DataColumn>(columns.Count, StringComparer.Ordinal);
        foreach (var c in columns)
        {
            index.TryAdd(c.Name, c);
        }

        return index;
    }
}
