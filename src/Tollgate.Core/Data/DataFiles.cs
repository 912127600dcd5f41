using Tollgate.Core.Errors;

namespace Tollgate.Core.Data;

/// <summary>Helpers shared by the readers: opening files, header checks, column selection, format dispatch.</summary>
internal static class DataFiles
{
    /// <summary>Reads CSV, Parquet (.parquet) or JSON lines (.jsonl/.ndjson), chosen by extension.</summary>
    public static DataTable Read(string path, DataReadOptions? options = null) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".parquet" => ParquetTableReader.Read(path, options),
            ".jsonl" or ".ndjson" => JsonLinesTableReader.Read(path, options),
            ".csv" or ".txt" or "" => CsvTableReader.Read(path, options),
            var ext => throw new TollgateException(ErrorCodes.DataFormatUnsupported, $"{path}: unsupported data format '{ext}'.", "Use .csv, .parquet or .jsonl files."),
        };

    internal static FileStream OpenRead(string path)
    {
        if (!File.Exists(path))
        {
            throw new TollgateException(ErrorCodes.DataFileNotFound, $"Data file not found: {path}.", "Check the path.");
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
    }

    /// <summary>Wide inputs are bounded: more columns than this is refused before rows are read (README, Guarantees).</summary>
    public const int MaxColumns = 10_000;

    internal static void CheckHeader(string path, string[] header)
    {
        if (header.Length > MaxColumns)
        {
            throw new TollgateException(ErrorCodes.InputTooLarge, $"{path} has {header.Length:N0} columns; Tollgate reads at most {MaxColumns:N0}.", "Select the columns to compare before running drift or statistics.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i].Length == 0)
            {
                throw new TollgateException(ErrorCodes.DataHeaderMismatch, $"{path} line 1, column {i + 1}: empty column name.", "Give every column a name in the header row.");
            }

            if (!seen.Add(header[i]))
            {
                throw new TollgateException(ErrorCodes.DataHeaderMismatch, $"{path} line 1, column {i + 1}: duplicate column name '{header[i]}'.", "Column names must be unique.");
            }
        }
    }

    internal static int[] Select(string path, string[] header, IReadOnlyCollection<string>? wanted)
    {
        if (wanted is null)
        {
            return Enumerable.Range(0, header.Length).ToArray();
        }

        return wanted.Select(name =>
        {
            var i = Array.IndexOf(header, name);
            return i >= 0 ? i : throw new TollgateException(
                ErrorCodes.DataColumnNotFound,
                $"{path}: no column '{name}' (columns: {string.Join(", ", header)}).",
                "Check the column name (names are case-sensitive).");
        }).ToArray();
    }
}
