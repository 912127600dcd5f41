using Tollgate.Core.Data;

namespace Tollgate.Core.Statistics.Drift;

/// <summary>Loads reference and current data side by side (one core each) with consistent column types.</summary>
internal static class DriftInputs
{
    /// <summary>
    /// Reads both files concurrently. If inference typed a column differently in the current file, the current file
    /// is read again with the reference's types, so a bad cell is reported at its file, line and column.
    /// </summary>
    public static (DataTable Reference, DataTable Current) Load(string reference, string current, DataReadOptions options) =>
        Load(reference, options, current, options);

    /// <summary>As above, with per-file options (each file's own row count hint).</summary>
    internal static (DataTable Reference, DataTable Current) Load(string reference, DataReadOptions refOptions, string current, DataReadOptions curOptions)
    {
        var refTask = Task.Run(() => DataFiles.Read(reference, refOptions));
        var curTask = Task.Run(() => DataFiles.Read(current, curOptions));
        var refTable = refTask.GetAwaiter().GetResult();
        var curTable = curTask.GetAwaiter().GetResult();
        var kinds = refTable.Columns.ToDictionary(c => c.Name, c => c.Kind);
        var consistent = curTable.Columns.All(c => !kinds.TryGetValue(c.Name, out var k) || k == c.Kind);
        if (!consistent)
        {
            curTable = DataFiles.Read(current, new DataReadOptions { Columns = curOptions.Columns, InferenceRows = curOptions.InferenceRows, Overrides = kinds, RowCountHint = curOptions.RowCountHint });
        }

        return (refTable, curTable);
    }
}
