using Microsoft.ML;
using Microsoft.ML.Data;
using Tollgate.Core.Training;
using Tollgate.Core.Util;

namespace Tollgate.Core.Gates;

/// <summary>
/// A data file's rows as text, every column kept, read with the same loader settings as training so that ML.NET's
/// seeded split picks the same rows it picked when the model was trained (the split depends on row order and seed only).
/// </summary>
internal sealed record RawRows(IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows)
{
    public static (RawRows Rows, IDataView View) Load(MLContext ml, string csvPath, string displayPath)
    {
        var header = CsvHeader.Read(csvPath, displayPath);
        var loader = ml.Data.CreateTextLoader(new TextLoader.Options
        {
            Columns = [.. header.Select((_, i) => new TextLoader.Column($"c{i}", DataKind.String, i))],
            HasHeader = true,
            Separators = [','],
            AllowQuoting = true,
            ReadMultilines = true,
            TrimWhitespace = false,
        });
        var view = loader.Load(csvPath);
        return (new RawRows(header, Read(view, header.Count)), view);
    }

    public static IReadOnlyList<string[]> Read(IDataView view, int columns)
    {
        var kept = Enumerable.Range(0, columns).Select(i => view.Schema[$"c{i}"]).ToList();
        using var cursor = view.GetRowCursor(kept);
        var getters = kept.Select(c => cursor.GetGetter<ReadOnlyMemory<char>>(c)).ToArray();
        var rows = new List<string[]>();
        while (cursor.MoveNext())
        {
            rows.Add(Array.ConvertAll(getters, g =>
            {
                ReadOnlyMemory<char> v = default;
                g(ref v);
                return v.ToString();
            }));
        }

        return rows;
    }

    /// <summary>A key per row over the named columns, so rows of two files with different column orders compare.</summary>
    public Func<string[], string> KeyOver(IReadOnlyList<string> names)
    {
        var indexes = names.Select(n => Header.ToList().IndexOf(n)).ToArray();
        return row => string.Join('\u001f', indexes.Select(i => i < 0 ? "" : row[i]));
    }

    public void WriteCsv(string path, IEnumerable<string[]> rows)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        writer.Write(string.Join(',', Header.Select(CsvField.Quote)) + "\n");
        foreach (var row in rows)
        {
            writer.Write(string.Join(',', row.Select(CsvField.Quote)) + "\n");
        }
    }
}
