namespace Tollgate.Core.Util;

/// <summary>RFC 4180 field writing: quote only when the value holds a comma, quote or line break.</summary>
internal static class CsvField
{
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
