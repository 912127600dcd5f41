using System.Text.Json;

namespace Tollgate.Core.Data;

/// <summary>Loads JSON lines (one object per line; keys are columns; missing keys and null are missing cells).</summary>
internal static class JsonLinesTableReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    public static DataTable Read(string path, DataReadOptions? options = null)
    {
        options ??= new DataReadOptions();
        var columns = new Dictionary<string, List<string?>>(StringComparer.Ordinal);
        var order = new List<string>();
        var rows = Scan(path, options.Columns is null ? null : new HashSet<string>(options.Columns, StringComparer.Ordinal), columns, order);
        var header = order.ToArray();
        var selected = DataFiles.Select(path, header, options.Columns);
        var result = new DataColumn[selected.Length];
        for (var k = 0; k < selected.Length; k++)
        {
            var name = header[selected[k]];
            var cells = columns[name];
            var kind = options.Overrides.TryGetValue(name, out var declared) ? declared : SchemaInference.Infer(cells.Take(options.InferenceRows).ToList());
            var builder = new ColumnBuilder(name, kind, path);
            for (var r = 0; r < cells.Count; r++)
            {
                builder.Add(cells[r], r + 1);
            }

            result[k] = builder.Build();
        }

        return new DataTable(path, result, rows);
    }

    /// <summary>Every key seen (the header) and the row count, holding no cells.</summary>
    internal static DataShape Shape(string path)
    {
        var order = new List<string>();
        var rows = Scan(path, [], [], order);
        return new DataShape(path, order, rows) { CellBytes = 80 };
    }

    /// <summary>
    /// One pass: records every key in <paramref name="order"/>, and keeps the cells of the <paramref name="wanted"/>
    /// keys only (null = all), so a batch of a wide file holds only its own columns.
    /// </summary>
    private static int Scan(string path, HashSet<string>? wanted, Dictionary<string, List<string?>> columns, List<string> order)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = 0;
        using (var reader = new StreamReader(DataFiles.OpenRead(path)))
        {
            string? line;
            var lineNo = 0;
            while ((line = reader.ReadLine()) is not null)
            {
                lineNo++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                ReadObject(path, line, lineNo, rows, wanted, seen, columns, order);
                rows++;
                foreach (var list in columns.Values)
                {
                    if (list.Count < rows)
                    {
                        list.Add(null);
                    }
                }
            }
        }

        if (rows == 0)
        {
            throw new TollgateException(ErrorCodes.DataFileEmpty, $"{path} has no JSON objects.", "Write one JSON object per line.");
        }

        return rows;
    }

    private static void ReadObject(string path, string line, int lineNo, int rowIndex, HashSet<string>? wanted, HashSet<string> seen, Dictionary<string, List<string?>> columns, List<string> order)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new TollgateException(ErrorCodes.DataValueInvalid, $"{path} line {lineNo}, position {ex.BytePositionInLine}: invalid JSON ({ex.Message}).", "Write one complete JSON object per line.", ex);
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new TollgateException(ErrorCodes.DataValueInvalid, $"{path} line {lineNo}: expected a JSON object, found {doc.RootElement.ValueKind}.", "Each line must be an object such as {\"x\": 1.5}.");
            }

            foreach (var p in doc.RootElement.EnumerateObject())
            {
                if (seen.Add(p.Name))
                {
                    order.Add(p.Name);
                }

                if (wanted is not null && !wanted.Contains(p.Name))
                {
                    continue;
                }

                if (!columns.TryGetValue(p.Name, out var list))
                {
                    list = new List<string?>(Enumerable.Repeat<string?>(null, rowIndex));
                    columns[p.Name] = list;
                }

                list.Add(p.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => p.Value.GetString(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    JsonValueKind.Number => p.Value.GetRawText(),
                    _ => throw new TollgateException(ErrorCodes.DataValueInvalid, $"{path} line {lineNo}, column '{p.Name}': nested {p.Value.ValueKind} values are not supported.", "Flatten nested objects and arrays into scalar columns."),
                });
            }
        }
    }
}
