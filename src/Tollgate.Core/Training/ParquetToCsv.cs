using System.Globalization;
using System.Text;
using Parquet.Serialization;
using Tollgate.Core.Util;

namespace Tollgate.Core.Training;

/// <summary>ML.NET has no Parquet loader: convert the file into an RFC 4180 CSV in a temp folder.</summary>
internal static class ParquetToCsv
{
    public static string Convert(string parquetPath, string tempDir)
    {
        var output = Path.Combine(tempDir, Path.GetFileNameWithoutExtension(parquetPath) + ".csv");
        using var input = File.OpenRead(parquetPath);
        var result = Guard(() => ParquetSerializer.DeserializeUntypedAsync(input).GetAwaiter().GetResult(), parquetPath);
        var names = result.Schema.GetDataFields().Select(f => f.Name).ToList();
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false));
        writer.Write(string.Join(',', names.Select(CsvField.Quote)) + "\n");
        foreach (var row in result.Data)
        {
            writer.Write(string.Join(',', names.Select(n => CsvField.Quote(Format(row.TryGetValue(n, out var v) ? v : null)))) + "\n");
        }

        return output;
    }

    // Parquet.Net says "not a parquet file, head: …" for a CSV renamed .parquet; name the file and the way out.
    private static T Guard<T>(Func<T> read, string path)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or NotSupportedException)
        {
            throw new Errors.TollgateException(Errors.ErrorCodes.DataFormatUnsupported, $"'{path}' is not a readable Parquet file ({ex.Message}).", "Check the file is Parquet, or name a CSV file .csv.", ex);
        }
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
