namespace Tollgate.Core.Data;

/// <summary>
/// Fast, exact parsing of plain decimals ("-12.345678", "0.82161814350115843", "3e-5") of up to 19 significant
/// digits — what NumPy, pandas and R write (shortest round-trip or <c>%.17g</c>). Clinger's fast path when the
/// digits fit in 2^53 and the power of ten is at most 22 (one exact IEEE multiply or divide), Eisel–Lemire
/// otherwise. Anything else (more digits, subnormals, overflow, NaN/Inf spellings, stray characters) returns false
/// and goes to <c>double.TryParse</c>, so results are always identical to it.
/// </summary>
internal static class FastNumber
{
    private const int MaxDigits = 19;

    private static readonly double[] Pow10 =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    public static bool TryParse(ReadOnlySpan<byte> s, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (s.Length == 0)
        {
            return false;
        }

        if (s[0] is (byte)'-' or (byte)'+')
        {
            negative = s[0] == (byte)'-';
            i++;
        }

        ulong mantissa = 0;
        var digits = 0;
        var scale = 0;
        var any = false;
        for (; i < s.Length && (uint)(s[i] - '0') <= 9; i++)
        {
            // Leading zeros are not significant digits: they neither count nor change the mantissa.
            if (mantissa != 0 || s[i] != (byte)'0')
            {
                if (++digits > MaxDigits)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (uint)(s[i] - '0');
            }

            any = true;
        }

        if (i < s.Length && s[i] == (byte)'.')
        {
            i++;
            for (; mantissa == 0 && i < s.Length && s[i] == (byte)'0'; i++)
            {
                scale--;
                any = true;
            }

            // Eight fraction digits at a time (SWAR) while they fit in the 19 we can hold: the common 16-digit tail is two steps.
            while (digits + 8 <= MaxDigits && i + 8 <= s.Length && EightDigits.TryRead(s[i..], out var eight))
            {
                mantissa = (mantissa * 100_000_000) + eight;
                digits += 8;
                scale -= 8;
                i += 8;
                any = true;
            }

            for (; i < s.Length && (uint)(s[i] - '0') <= 9; i++)
            {
                if (mantissa != 0 || s[i] != (byte)'0')
                {
                    if (++digits > MaxDigits)
                    {
                        return false;
                    }

                    mantissa = (mantissa * 10) + (uint)(s[i] - '0');
                }

                scale--;
                any = true;
            }
        }

        if (!any || !TryExponent(s, ref i, ref scale) || i != s.Length)
        {
            return false;
        }

        if (mantissa <= (1UL << 53) && scale >= -22 && scale <= 22)
        {
            double m = mantissa;
            value = scale < 0 ? m / Pow10[-scale] : m * Pow10[scale];
            value = negative ? -value : value;
            return true;
        }

        return EiselLemire.TryCompute(mantissa, scale, negative, out value);
    }

    /// <summary>Reads an optional "e±ddd" (at most 4 digits) into <paramref name="scale"/>.</summary>
    private static bool TryExponent(ReadOnlySpan<byte> s, ref int i, ref int scale)
    {
        if (i >= s.Length || (s[i] | 0x20) != (byte)'e')
        {
            return true;
        }

        i++;
        var expNegative = false;
        if (i < s.Length && s[i] is (byte)'-' or (byte)'+')
        {
            expNegative = s[i] == (byte)'-';
            i++;
        }

        var exp = 0;
        var expDigits = 0;
        for (; i < s.Length && (uint)(s[i] - '0') <= 9; i++)
        {
            exp = (exp * 10) + (s[i] - '0');
            if (++expDigits > 4)
            {
                return false;
            }
        }

        scale += expNegative ? -exp : exp;
        return expDigits > 0;
    }
}
