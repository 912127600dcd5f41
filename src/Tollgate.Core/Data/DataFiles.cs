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

    /// <summary>The header and row count of a CSV, Parquet or JSON-lines file, holding no cells (one streaming pass at most).</summary>
    public static DataShape Shape(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".parquet" => ParquetTableReader.Shape(path),
            ".jsonl" or ".ndjson" => JsonLinesTableReader.Shape(path),
            ".csv" or ".txt" or "" => CsvTableReader.Shape(path),
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

    /// <summary>
    /// Columns a data file may have (README, Limits). Wide files are read in column batches within a
    /// <see cref="DataMemoryBudget"/>; past this the header and per-column results alone would not be bounded.
    /// </summary>
    public const int MaxColumns = 1_000_000;

    internal static void CheckHeader(string path, string[] header)
    {
        if (header.Length > MaxColumns)
        {
            throw new TollgateException(ErrorCodes.InputTooLarge, $"{path} has {header.Length:N0} columns; Tollgate reads at most {MaxColumns:N0}.", "Split the file into narrower files before running drift or statistics.");
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

        // A dictionary, not IndexOf: a batch of thousands of columns out of a 50,000-column header stays linear.
        var index = new Dictionary<string, int>(header.Length, StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            index.TryAdd(header[i], i);
        }

        return wanted.Select(name => index.TryGetValue(name, out var i) ? i : throw new TollgateException(
            ErrorCodes.DataColumnNotFound,
            $"{path}: no column '{name}' (columns: {ColumnList(header)}).",
            "Check the column name (names are case-sensitive).")).ToArray();
    }

    /// <summary>Names the columns for a message, the first 20 only (a 50,000-column header is not a message).</summary>
    internal static string ColumnList(IReadOnlyList<string> header) =>
        header.Count <= 20 ? string.Join(", ", header) : $"{string.Join(", ", header.Take(20))}, … {header.Count - 20:N0} more";
}
