using Microsoft.ML;
using Microsoft.ML.Data;
using Tollgate.Core.Util;

namespace Tollgate.Core.Training;

/// <summary>Loads the spec's columns from CSV (or Parquet, converted to CSV first) with the types the spec implies.</summary>
internal sealed class TrainingDataLoader(MLContext ml, TrainingSpec spec)
{
    public const string LabelColumn = "Label";

    public sealed record LoadedData(IDataView View, string Digest, long Rows, string Path);

    public LoadedData Load(string relativePath, string tempDir)
    {
        var path = Path.GetFullPath(Path.Combine(spec.BaseDirectory, relativePath));
        if (!File.Exists(path))
        {
            throw new TollgateException(ErrorCodes.DataInvalid, $"{spec.SourcePath}: data file '{path}' does not exist.", "Fix the path (relative to the training spec).");
        }

        var digest = Hashing.Digest(Hashing.Sha256File(path));
        var csv = path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? ParquetToCsv.Convert(path, tempDir) : path;
        var header = CsvHeader.Read(csv, path);
        TrainingDataValidator.Check(csv, path, header, spec);
        var columns = Columns(header, path);
        var loader = ml.Data.CreateTextLoader(new TextLoader.Options
        {
            Columns = columns,
            HasHeader = true,
            Separators = [','],
            AllowQuoting = true,
            ReadMultilines = true,
            TrimWhitespace = false,
        });
        var view = loader.Load(csv);
        var rows = CountRows(view);
        if (rows == 0)
        {
            throw new TollgateException(ErrorCodes.DataInvalid, $"'{path}' has a header but no rows.", "Provide training data.");
        }

        return new LoadedData(view, digest, rows, path);
    }

    private TextLoader.Column[] Columns(IReadOnlyList<string> header, string path)
    {
        int Index(string name) => header.ToList().IndexOf(name) is var i and >= 0 ? i : throw new TollgateException(
            ErrorCodes.DataInvalid,
            $"'{path}' has no column '{name}' (named in {spec.SourcePath}).",
            $"Columns in the file: {string.Join(", ", header)}.");

        var labelKind = spec.Task switch
        {
            "binary" => DataKind.Boolean,
            "regression" => DataKind.Single,
            _ => DataKind.String,
        };
        var columns = new List<TextLoader.Column> { new(LabelColumn, labelKind, Index(spec.Label)) };
        columns.AddRange(spec.Features.Numeric.Select(c => new TextLoader.Column(c, DataKind.Single, Index(c))));
        columns.AddRange(spec.Features.Categorical.Concat(spec.Features.Text).Select(c => new TextLoader.Column(c, DataKind.String, Index(c))));
        return [.. columns];
    }

    private static long CountRows(IDataView view)
    {
        long rows = 0;
        using var cursor = view.GetRowCursor([]);
        while (cursor.MoveNext())
        {
            rows++;
        }

        return rows;
    }
}
