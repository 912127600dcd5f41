using Tollgate.Core.Data;
using Tollgate.Core.Errors;

namespace Tollgate.Cli.Commands.Statistics;

/// <summary>Loads the single-column inputs of <c>tollgate stat</c>: numbers (no missing values) or labels.</summary>
internal static class StatInputs
{
    public static double[] Numbers(string path, string? column)
    {
        var c = Load(path, column, ColumnKind.Numeric);
        if (c.Missing + c.NonFinite > 0)
        {
            throw new TollgateException(
                ErrorCodes.StatInputInvalid,
                $"{path}, column '{c.Name}': {c.Missing} missing and {c.NonFinite} NaN/infinite values.",
                "Statistical tests need complete finite data: drop or impute those rows first.");
        }

        return c.Values!;
    }

    /// <summary>
    /// Loads --a and --b at once, one file per core (each file's tokenizer is single-threaded). When both fail,
    /// the error of --a is the one reported, as if they had been read one after the other.
    /// </summary>
    public static (double[] A, double[] B) NumberPair(string a, string b, string? column)
    {
        var second = Task.Run(() => Numbers(b, column));
        double[] first;
        try
        {
            first = Numbers(a, column);
        }
        catch
        {
            // Let the other read finish (or fail) before reporting, so no task outlives the command unobserved.
            ((IAsyncResult)second).AsyncWaitHandle.WaitOne();
            _ = second.Exception;
            throw;
        }

        return (first, second.GetAwaiter().GetResult());
    }

    /// <summary>As <see cref="Numbers"/>, but a header-only file is an empty vector (as R's <c>p.adjust(numeric(0))</c>).</summary>
    public static double[] NumbersOrNone(string path, string? column)
    {
        FirstColumn(path);
        using var reader = new StreamReader(path);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim().Length > 0)
            {
                return Numbers(path, column);
            }
        }

        return [];
    }

    /// <summary>0/1 labels (header <c>label</c>), as "is a case" flags.</summary>
    public static bool[] BinaryLabels(string path, string? column)
    {
        var values = Numbers(path, column);
        var bad = Array.FindIndex(values, v => v is not (0 or 1));
        return bad < 0
            ? [.. values.Select(v => v == 1)]
            : throw new TollgateException(ErrorCodes.StatInputInvalid, $"{path}, data row {bad + 1}: label {values[bad]} is not 0 or 1.", "Write 1 for a case (positive) and 0 for a control on every row.");
    }

    public static List<string> Labels(string path, string? column)
    {
        var c = Load(path, column, ColumnKind.Categorical);
        if (c.Missing > 0)
        {
            throw new TollgateException(ErrorCodes.StatInputInvalid, $"{path}, column '{c.Name}': {c.Missing} missing labels.", "Give every row a category (or write an explicit one such as 'missing').");
        }

        return c.PresentLabels();
    }

    public static string Require(string? path, string option) =>
        path ?? throw new TollgateException(ErrorCodes.StatParameterInvalid, $"This test needs {option} FILE.", $"Pass {option} with a CSV file that has a header row.");

    private static DataColumn Load(string path, string? column, ColumnKind kind)
    {
        var name = column ?? FirstColumn(path);
        var table = CsvTableReader.Read(path, new DataReadOptions
        {
            Columns = [name],
            Overrides = new Dictionary<string, ColumnKind> { [name] = kind },
        });
        return table.Column(name);
    }

    private static string FirstColumn(string path)
    {
        using var reader = new StreamReader(path.Length > 0 && File.Exists(path) ? path : throw new TollgateException(ErrorCodes.DataFileNotFound, $"Data file not found: {path}.", "Check the path."));
        var header = reader.ReadLine() ?? throw new TollgateException(ErrorCodes.DataFileEmpty, $"{path} is empty: no header row.", "Write a header line, then one value per line.");
        var first = header.TrimStart('\uFEFF').Split(',')[0].Trim().Trim('"');
        return first;
    }
}
