namespace Tollgate.Core.Data;

/// <summary>
/// Clinger's fast path for plain decimals ("-12.345678", "3e5"): when the digits fit in 2^53 and the power of ten
/// is at most 22, one IEEE multiply or divide of two exact doubles is correctly rounded. Anything else returns
/// false and goes to <c>double.TryParse</c>, so results are always identical to it.
/// </summary>
internal static class FastNumber
{
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
            if (++digits > 19)
            {
                return false;
            }

            mantissa = (mantissa * 10) + (uint)(s[i] - '0');
            any = true;
        }

        if (i < s.Length && s[i] == (byte)'.')
        {
            for (i++; i < s.Length && (uint)(s[i] - '0') <= 9; i++)
            {
                if (++digits > 19)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (uint)(s[i] - '0');
                scale--;
                any = true;
            }
        }

        if (!any)
        {
            return false;
        }

        if (i < s.Length && (s[i] | 0x20) == (byte)'e')
        {
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

            if (expDigits == 0)
            {
                return false;
            }

            scale += expNegative ? -exp : exp;
        }

        if (i != s.Length || mantissa > (1UL << 53) || scale < -22 || scale > 22)
        {
            return false;
        }

        double m = mantissa;
        value = scale < 0 ? m / Pow10[-scale] : m * Pow10[scale];
        if (negative)
        {
            value = -value;
        }

        return true;
    }
}
