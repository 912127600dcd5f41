using Tollgate.Core.Errors;

namespace Tollgate.Core.Training;

/// <summary>Reads a CSV file's header row (RFC 4180 quoting) to map column names to indexes.</summary>
internal static class CsvHeader
{
    public static IReadOnlyList<string> Read(string csvPath, string displayPath)
    {
        using var reader = new StreamReader(csvPath);
        var line = reader.ReadLine();
        if (string.IsNullOrWhiteSpace(line))
        {
            throw new TollgateException(ErrorCodes.DataInvalid, $"'{displayPath}' is empty (no header row).", "The first line must name the columns.");
        }

        var names = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { current.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { names.Add(current.ToString()); current.Clear(); }
            else { current.Append(c); }
        }

        names.Add(current.ToString().TrimEnd('\r'));
        return names;
    }
}
