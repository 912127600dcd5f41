using System.Globalization;

namespace Tollgate.Core.Data;

/// <summary>How single cells are recognised: missing tokens, numbers, booleans, timestamps (invariant culture).</summary>
internal static class CellText
{
    public static bool IsMissing(ReadOnlySpan<char> s) =>
        s.IsEmpty || s is "NA" or "N/A" or "null" or "NULL" or "None" or "na" or "n/a";

    public static bool IsMissing(ReadOnlySpan<byte> s) =>
        s.IsEmpty || s.SequenceEqual("NA"u8) || s.SequenceEqual("N/A"u8) || s.SequenceEqual("null"u8)
        || s.SequenceEqual("NULL"u8) || s.SequenceEqual("None"u8) || s.SequenceEqual("na"u8) || s.SequenceEqual("n/a"u8);

    public static bool TryNumber(ReadOnlySpan<char> s, out double value) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || TrySpecial(s, out value);

    public static bool TryNumber(ReadOnlySpan<byte> s, out double value)
    {
        if (FastNumber.TryParse(s, out value) || double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        Span<char> chars = stackalloc char[16];
        if (s.Length > chars.Length)
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            chars[i] = (char)s[i];
        }

        return TrySpecial(chars[..s.Length], out value);
    }

    /// <summary>Spellings of NaN and infinity written by NumPy, pandas and R, so they are counted instead of rejected.</summary>
    private static bool TrySpecial(ReadOnlySpan<char> s, out double value)
    {
        var negative = s.StartsWith("-");
        var body = s.TrimStart("+-");
        value = body.Equals("inf", StringComparison.OrdinalIgnoreCase) || body.Equals("infinity", StringComparison.OrdinalIgnoreCase)
            ? (negative ? double.NegativeInfinity : double.PositiveInfinity)
            : body.Equals("nan", StringComparison.OrdinalIgnoreCase) ? double.NaN : 0;
        return value != 0 || double.IsNaN(value);
    }

    public static bool TryBoolean(ReadOnlySpan<char> s, out double value)
    {
        if (s.Equals("true", StringComparison.OrdinalIgnoreCase) || s.Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            value = 1;
            return true;
        }

        if (s.Equals("false", StringComparison.OrdinalIgnoreCase) || s.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            value = 0;
            return true;
        }

        value = double.NaN;
        return false;
    }

    public static bool TryTimestamp(ReadOnlySpan<char> s, out double unixSeconds)
    {
        if (s.Length >= 8 && (s.Contains('-') || s.Contains(':'))
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var ts))
        {
            unixSeconds = ts.ToUnixTimeMilliseconds() / 1000.0;
            return true;
        }

        unixSeconds = double.NaN;
        return false;
    }
}
