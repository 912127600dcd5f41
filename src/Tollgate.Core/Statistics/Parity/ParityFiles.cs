using Tollgate.Core.Data;

namespace Tollgate.Core.Statistics.Parity;

/// <summary>Reads prediction files for a parity comparison: only the prediction and label columns, typed for the task.</summary>
internal static class ParityFiles
{
    /// <summary>Loads only the prediction and label columns, so a wide predictions file costs two columns of memory.</summary>
    public static DataTable Read(string path, ParityOptions options)
    {
        // Class labels are categories even when they are written as numbers.
        var forced = options.Task is "binary" or "multiclass"
            ? new Dictionary<string, ColumnKind> { [options.Prediction] = ColumnKind.Categorical, [options.Label] = ColumnKind.Categorical }
            : new Dictionary<string, ColumnKind>();
        var header = DataFiles.Shape(path).Header;
        var used = new[] { options.Prediction, options.Label }.Where(header.Contains).Distinct().ToList();
        return DataFiles.Read(path, new DataReadOptions { Columns = used.Count == 0 ? null : used, Overrides = forced });
    }
}
