using System.Numerics;

namespace Tollgate.Core.Data;

/// <summary>
/// Eisel–Lemire: w · 10^q correctly rounded to a double with one (rarely two) 64×64→128-bit multiplications by a
/// truncated power of ten. Where the truncation could change the rounding (near-halfway cases), or the result
/// would be subnormal, zero or infinite, it declines and the caller falls back to <c>double.Parse</c>; so every
/// value it returns is bit-identical to <c>double.Parse</c> (Lemire, "Number parsing at a gigabyte per second", 2021).
/// </summary>
internal static class EiselLemire
{
    public static bool TryCompute(ulong w, int q, bool negative, out double value)
    {
        value = 0;
        if (w == 0)
        {
            value = negative ? -0.0 : 0.0;
            return true;
        }

        if (q < PowersOfTen128.MinExp10 || q > PowersOfTen128.MaxExp10)
        {
            return false;
        }

        // Normalise w so its top bit is set; the binary exponent estimate uses floor(q · log2 10) = (217706 · q) >> 16.
        var clz = BitOperations.LeadingZeroCount(w);
        w <<= clz;
        var exp2 = (ulong)(((217706 * q) >> 16) + 64 + 1023) - (ulong)clz;
        var index = q - PowersOfTen128.MinExp10;
        var hi = Math.BigMul(w, PowersOfTen128.High[index], out var lo);

        // The low 9 bits below the 54 we keep are all ones: the truncated table may matter, so add the next 64 bits.
        if ((hi & 0x1FF) == 0x1FF && lo + w < w)
        {
            var yHi = Math.BigMul(w, PowersOfTen128.Low[index], out var yLo);
            var mergedHi = hi;
            var mergedLo = lo + yHi;
            if (mergedLo < lo)
            {
                mergedHi++;
            }

            if ((mergedHi & 0x1FF) == 0x1FF && mergedLo + 1 == 0 && yLo + w < w)
            {
                return false;
            }

            hi = mergedHi;
            lo = mergedLo;
        }

        var msb = hi >> 63;
        var mantissa = hi >> (int)(msb + 9);
        exp2 -= 1 ^ msb;

        // Exactly halfway between two doubles: round-half-even needs the exact value, which we do not have.
        if (lo == 0 && (hi & 0x1FF) == 0 && (mantissa & 3) == 1)
        {
            return false;
        }

        mantissa += mantissa & 1;
        mantissa >>= 1;
        if (mantissa >> 53 > 0)
        {
            mantissa >>= 1;
            exp2++;
        }

        // exp2 of 0 (or an unsigned wrap-around) is subnormal, 0x7FF and above infinite: leave both to double.Parse.
        if (exp2 - 1 >= 0x7FF - 1)
        {
            return false;
        }

        var bits = (exp2 << 52) | (mantissa & 0x000F_FFFF_FFFF_FFFFUL);
        if (negative)
        {
            bits |= 0x8000_0000_0000_0000UL;
        }

        value = BitConverter.UInt64BitsToDouble(bits);
        return true;
    }
}
