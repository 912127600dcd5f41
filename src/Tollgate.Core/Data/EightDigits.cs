using System.Buffers.Binary;

namespace Tollgate.Core.Data;

/// <summary>Reads eight ASCII digits at once from one 64-bit load (Lemire's SWAR trick), or reports that they are not all digits.</summary>
internal static class EightDigits
{
    public static bool TryRead(ReadOnlySpan<byte> s, out uint value)
    {
        var v = BinaryPrimitives.ReadUInt64LittleEndian(s);

        // Every byte is 0x30..0x39: high nibbles are all 3, and adding 6 carries no byte out of that nibble.
        if ((v & 0xF0F0_F0F0_F0F0_F0F0UL) != 0x3030_3030_3030_3030UL
            || ((v + 0x0606_0606_0606_0606UL) & 0xF0F0_F0F0_F0F0_F0F0UL) != 0x3030_3030_3030_3030UL)
        {
            value = 0;
            return false;
        }

        // Pairwise combine: digits → 2-digit → 4-digit → 8-digit values, first byte most significant.
        v -= 0x3030_3030_3030_3030UL;
        v = (v * 10) + (v >> 8);
        v = (((v & 0x0000_00FF_0000_00FFUL) * 0x000F_4240_0000_0064UL) + (((v >> 16) & 0x0000_00FF_0000_00FFUL) * 0x0000_2710_0000_0001UL)) >> 32;
        value = (uint)v;
        return true;
    }
}
