using System.Text;
using Tollgate.Core.Data;

namespace Tollgate.Core.Training;

/// <summary>Reads a CSV file's header row (RFC 4180 quoting) to map column names to indexes.</summary>
internal static class CsvHeader
{
    /// <summary>The header's names as written; through the shared tokenizer, so a header is bounded like any row (README, Limits).</summary>
    public static IReadOnlyList<string> Read(string csvPath, string displayPath)
    {
        using var tokenizer = new CsvTokenizer(File.OpenRead(csvPath), displayPath);
        var names = new List<string>();
        if (tokenizer.ReadRow())
        {
            for (var i = 0; i < tokenizer.FieldCount; i++)
            {
                names.Add(Encoding.UTF8.GetString(tokenizer.Field(i)));
            }
        }

        if (names.All(string.IsNullOrWhiteSpace))
        {
            throw new TollgateException(ErrorCodes.DataInvalid, $"'{displayPath}' is empty (no header row).", "The first line must name the columns.");
        }

        return names;
    }
}
