using System.Numerics;

namespace Tollgate.Core.Data;

/// <summary>
/// 128-bit mantissas of 10^e for e in [<see cref="MinExp10"/>, <see cref="MaxExp10"/>], rounded down and normalised
/// so the top bit is set: the table behind <see cref="EiselLemire"/>. Computed once with exact big-integer
/// arithmetic instead of being pasted in as 1,392 literals.
/// </summary>
internal static class PowersOfTen128
{
    public const int MinExp10 = -348;
    public const int MaxExp10 = 347;

    public static readonly ulong[] High;
    public static readonly ulong[] Low;

    static PowersOfTen128()
    {
        var count = MaxExp10 - MinExp10 + 1;
        High = new ulong[count];
        Low = new ulong[count];
        var mask = (BigInteger.One << 64) - 1;
        for (var e = MinExp10; e <= MaxExp10; e++)
        {
            BigInteger m;
            if (e >= 0)
            {
                var p = BigInteger.Pow(10, e);
                var bits = (int)p.GetBitLength();
                m = bits > 128 ? p >> (bits - 128) : p << (128 - bits);
            }
            else
            {
                // floor(2^k / 10^-e) with k chosen so the quotient has exactly 128 bits (10^n is never a power of two).
                var p = BigInteger.Pow(10, -e);
                m = (BigInteger.One << ((int)p.GetBitLength() + 127)) / p;
            }

            High[e - MinExp10] = (ulong)(m >> 64);
            Low[e - MinExp10] = (ulong)(m & mask);
        }
    }
}
