using System.Text;

namespace Tollgate.Core.Data;

/// <summary>Loads a CSV file (header row, comma-separated, RFC 4180 quoting, invariant culture) into typed columns.</summary>
internal static class CsvTableReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    public static DataTable Read(string path, DataReadOptions? options = null)
    {
        options ??= new DataReadOptions();
        using var tokenizer = new CsvTokenizer(DataFiles.OpenRead(path), path);
        var header = ReadHeader(path, tokenizer);
        var selected = DataFiles.Select(path, header, options.Columns);
        var sample = new List<string?[]>();
        var sampleLines = new List<long>();
        while (sample.Count < options.InferenceRows && tokenizer.ReadRow())
        {
            CheckWidth(path, tokenizer, header.Length);
            var cells = new string?[selected.Length];
            for (var k = 0; k < selected.Length; k++)
            {
                cells[k] = Encoding.UTF8.GetString(tokenizer.Field(selected[k]));
            }

            sample.Add(cells);
            sampleLines.Add(tokenizer.RowLine);
        }

        if (sample.Count == 0)
        {
            throw new TollgateException(ErrorCodes.DataFileEmpty, $"{path} has a header but no data rows.", "Add data rows below the header.");
        }

        var estimate = sample.Count < options.InferenceRows ? sample.Count : options.RowCountHint ?? CsvRowCounter.CountDataRows(path);
        var builders = new ColumnBuilder[selected.Length];
        for (var k = 0; k < selected.Length; k++)
        {
            var name = header[selected[k]];
            var kind = options.Overrides.TryGetValue(name, out var declared) ? declared : SchemaInference.Infer(sample.Select(r => r[k]).ToList());
            builders[k] = new ColumnBuilder(name, kind, path);
            builders[k].Reserve(estimate);
            for (var r = 0; r < sample.Count; r++)
            {
                builders[k].Add(sample[r][k], sampleLines[r]);
            }
        }

        var rows = sample.Count;
        while (tokenizer.TryReadPlainRow() || tokenizer.ReadRow())
        {
            CheckWidth(path, tokenizer, header.Length);
            for (var k = 0; k < builders.Length; k++)
            {
                builders[k].Add(tokenizer.Field(selected[k]), tokenizer.RowLine);
            }

            rows++;
        }

        return new DataTable(path, builders.Select(b => b.Build()).ToArray(), rows);
    }

    /// <summary>The header and an upper bound of the data rows, holding one row at a time.</summary>
    internal static DataShape Shape(string path)
    {
        string[] header;
        using (var tokenizer = new CsvTokenizer(DataFiles.OpenRead(path), path))
        {
            header = ReadHeader(path, tokenizer);
        }

        return new DataShape(path, header, CsvRowCounter.CountDataRows(path));
    }

    private static string[] ReadHeader(string path, CsvTokenizer tokenizer)
    {
        if (!tokenizer.ReadRow())
        {
            throw new TollgateException(ErrorCodes.DataFileEmpty, $"{path} is empty: no header row.", "Write a header line with the column names, then one line per row.");
        }

        var header = new string[tokenizer.FieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = Encoding.UTF8.GetString(tokenizer.Field(i)).Trim();
        }

        DataFiles.CheckHeader(path, header);
        return header;
    }

    private static void CheckWidth(string path, CsvTokenizer tokenizer, int width)
    {
        if (tokenizer.FieldCount != width)
        {
            throw new TollgateException(
                ErrorCodes.DataRaggedRow,
                $"{path} line {tokenizer.RowLine}: {tokenizer.FieldCount} fields, but the header has {width} (column {Math.Min(tokenizer.FieldCount, width) + 1}).",
                "Every row needs one value per header column; quote fields that contain commas or newlines.");
        }
    }
}
