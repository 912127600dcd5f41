using System.Globalization;
using Parquet;

namespace Tollgate.Core.Data;

/// <summary>Loads a Parquet file with Parquet.Net; numeric and boolean fields map directly, others go through inference.</summary>
internal static class ParquetTableReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    public static DataTable Read(string path, DataReadOptions? options = null) =>
        ReadAsync(path, options).GetAwaiter().GetResult();

    /// <summary>The schema's field names and the row groups' row count, from the footer only.</summary>
    internal static DataShape Shape(string path) => ShapeAsync(path).GetAwaiter().GetResult();

    private static async Task<DataShape> ShapeAsync(string path)
    {
        await using var stream = DataFiles.OpenRead(path);
        await using var reader = await OpenAsync(path, stream);
        var header = reader.Schema.GetDataFields().Select(f => f.Name).ToArray();
        DataFiles.CheckHeader(path, header);
        long rows = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            rows += group.RowCount;
        }

        return new DataShape(path, header, rows) { CellBytes = 80 };
    }

    private static async Task<ParquetReader> OpenAsync(string path, Stream stream)
    {
        try
        {
            return await ParquetReader.CreateAsync(stream);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or NotSupportedException)
        {
            throw new TollgateException(ErrorCodes.DataValueInvalid, $"{path} is not a readable Parquet file: {ex.Message}", "Check that the file is Parquet (or rename it to .csv).", ex);
        }
    }

    private static async Task<DataTable> ReadAsync(string path, DataReadOptions? options)
    {
        options ??= new DataReadOptions();
        await using var stream = DataFiles.OpenRead(path);
        await using (var reader = await OpenAsync(path, stream))
        {
            var fields = reader.Schema.GetDataFields();
            var header = fields.Select(f => f.Name).ToArray();
            DataFiles.CheckHeader(path, header);
            var selected = DataFiles.Select(path, header, options.Columns);
            var cells = selected.Select(_ => new List<object?>()).ToArray();
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                for (var k = 0; k < selected.Length; k++)
                {
                    await ParquetColumns.AppendAsync(group, fields[selected[k]], cells[k]);
                }
            }

            var rows = cells.Length == 0 ? 0 : cells[0].Count;
            if (rows == 0)
            {
                throw new TollgateException(ErrorCodes.DataFileEmpty, $"{path} has no rows.", "Write at least one row group with data.");
            }

            var columns = new DataColumn[selected.Length];
            for (var k = 0; k < selected.Length; k++)
            {
                columns[k] = Convert(path, header[selected[k]], cells[k], options);
            }

            return new DataTable(path, columns, rows);
        }
    }

    private static DataColumn Convert(string path, string name, List<object?> cells, DataReadOptions options)
    {
        var numeric = cells.All(c => c is null or double or float or int or long or short or byte or decimal or bool);
        var text = cells.Select(c => c switch
        {
            null => null,
            bool b => b ? "true" : "false",
            DateTime dt => dt.ToString("O", CultureInfo.InvariantCulture),
            DateTimeOffset dto => dto.ToString("O", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => c.ToString(),
        }).ToList();
        var kind = options.Overrides.TryGetValue(name, out var declared) ? declared
            : numeric && cells.Any(c => c is bool) ? ColumnKind.Boolean
            : numeric ? ColumnKind.Numeric
            : SchemaInference.Infer(text.Take(options.InferenceRows).ToList());
        var builder = new ColumnBuilder(name, kind, path);
        for (var r = 0; r < text.Count; r++)
        {
            builder.Add(text[r], r + 1);
        }

        return builder.Build();
    }
}
