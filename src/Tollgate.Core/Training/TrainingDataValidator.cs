using System.Text;
using Tollgate.Core.Data;

namespace Tollgate.Core.Training;

/// <summary>
/// Checks training data before ML.NET sees it: ML.NET's text loader turns a ragged row, "abc" or "Infinity" in a
/// numeric column into a silent missing value, and picks one of two equally named columns. Each problem is refused
/// with file, line and column instead.
/// </summary>
internal static class TrainingDataValidator
{
    /// <summary>
    /// Training is limited by design (README, Limits): ML.NET builds a dense feature vector per row, so unlike drift
    /// it cannot be batched by column. Wider data is refused before anything is held in memory.
    /// </summary>
    public const int MaxColumns = 10_000;

    private static readonly HashSet<string> BinaryLabels = new(StringComparer.OrdinalIgnoreCase) { "0", "1", "true", "false" };

    public static void Check(string csvPath, string displayPath, IReadOnlyList<string> header, TrainingSpec spec)
    {
        if (header.Count > MaxColumns)
        {
            throw new TollgateException(ErrorCodes.InputTooLarge, $"'{displayPath}' has {header.Count:N0} columns; Tollgate reads at most {MaxColumns:N0}.", "Select the columns the model uses before training.") { File = displayPath, Line = 1 };
        }

        var duplicate = header.Select((name, i) => (name, i)).GroupBy(c => c.name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var at = duplicate.Select(c => c.i + 1).ToList();
            throw new TollgateException(ErrorCodes.DataHeaderMismatch, $"{displayPath}(1,{at[0]}): column name '{duplicate.Key}' appears {at.Count} times (columns {string.Join(", ", at)}), so it is ambiguous which one the model uses.", "Give every column a unique name in the header row.")
            { File = displayPath, Line = 1, Column = at[1] };
        }

        var numeric = spec.Features.Numeric.Select(n => header.ToList().IndexOf(n)).Where(i => i >= 0).ToHashSet();
        var label = header.ToList().IndexOf(spec.Label);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        using var tokenizer = new CsvTokenizer(File.OpenRead(csvPath), displayPath);
        tokenizer.ReadRow(); // header, already read
        var rows = 0;
        while (tokenizer.ReadRow())
        {
            rows++;
            var line = (int)tokenizer.RowLine;
            if (tokenizer.FieldCount != header.Count)
            {
                throw new TollgateException(ErrorCodes.DataRaggedRow, $"{displayPath}({line},1): row has {tokenizer.FieldCount} fields but the header has {header.Count}.", "Give every row one value per header column; quote fields that contain commas.")
                { File = displayPath, Line = line, Column = 1 };
            }

            foreach (var i in numeric)
            {
                CheckNumber(tokenizer.Field(i), header[i], displayPath, line, i + 1);
            }

            if (label >= 0)
            {
                labels.Add(CheckLabel(tokenizer.Field(label), spec.Task, header[label], displayPath, line, label + 1));
            }
        }

        if (spec.Task is "binary" or "multiclass" && labels.Count < 2 && label >= 0 && rows > 0)
        {
            throw new TollgateException(ErrorCodes.DataValueInvalid, $"{displayPath}: label column '{spec.Label}' has only the value '{labels.First()}'; a classifier needs at least two classes.", "Check the label column and the data file (a filtered export?).")
            { File = displayPath };
        }
    }

    private static void CheckNumber(ReadOnlySpan<byte> cell, string column, string file, int line, int col)
    {
        if (CellText.IsMissing(cell))
        {
            return; // missing numeric values are replaced by the column mean, as documented
        }

        if (!CellText.TryNumber(cell, out var value) || !double.IsFinite(value))
        {
            var text = Encoding.UTF8.GetString(cell);
            var what = CellText.TryNumber(cell, out _) ? "is not a finite number" : "is not a number";
            throw new TollgateException(ErrorCodes.DataValueInvalid, $"{file}({line},{col}): '{Shorten(text)}' in numeric column '{column}' {what}.", "Fix the value, leave the cell empty for a missing value, or declare the column categorical in the training spec.")
            { File = file, Line = line, Column = col };
        }
    }

    private static string CheckLabel(ReadOnlySpan<byte> cell, string task, string column, string file, int line, int col)
    {
        var text = Encoding.UTF8.GetString(cell);
        var ok = task switch
        {
            "binary" => BinaryLabels.Contains(text),
            "regression" => CellText.TryNumber(cell, out var v) && double.IsFinite(v),
            _ => text.Length > 0,
        };
        if (!ok)
        {
            var expected = task switch { "binary" => "0/1 or true/false", "regression" => "a finite number", _ => "a non-empty class name" };
            throw new TollgateException(ErrorCodes.DataValueInvalid, $"{file}({line},{col}): label '{Shorten(text)}' in column '{column}' is not {expected} (task {task}).", "Fix the label value or the task in the training spec.")
            { File = file, Line = line, Column = col };
        }

        return text;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
