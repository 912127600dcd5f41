using System.Numerics;
using System.Runtime.InteropServices;

namespace Tollgate.Core.Statistics;

/// <summary>
/// Radix sort of finite doubles, in place with a small scratch buffer. Keys are mapped in place to order-preserving
/// unsigned integers; one in-place MSD pass (American flag sort) on the 16 bits below the common prefix of min and
/// max splits the array into buckets of a few percent each; each bucket is then LSD-sorted on its remaining bits
/// through one scratch buffer sized to the largest bucket (capped at n/16: larger buckets are split again by MSD).
/// So the extra memory is at most n/16 values, not n (and never a pool array rounded up to a power of two).
/// </summary>
internal static partial class RadixSort
{
    private const ulong Sign = 0x8000_0000_0000_0000UL;
    private const int MsdBits = 16;
    private const int SmallBucket = 256;

    /// <summary>Sorts ascending in place; NaN is not allowed (callers pass finite values only).</summary>
    public static void Sort(double[] a)
    {
        if (a.Length < 4096)
        {
            Array.Sort(a);
            return;
        }

        var keys = MemoryMarshal.Cast<double, ulong>(a.AsSpan());
        ToKeys(keys);
        var cap = Math.Max(a.Length / 16, 1 << 16);
        var scratch = new ScratchBuffer();
        SortKeys(keys, 64, cap, ref scratch);
        FromKeys(keys);
    }

    /// <summary>Sorts keys whose bits at and above <paramref name="bitsBelow"/> are already equal.</summary>
    private static void SortKeys(Span<ulong> keys, int bitsBelow, int cap, ref ScratchBuffer scratch)
    {
        if (keys.Length <= SmallBucket)
        {
            keys.Sort();
            return;
        }

        var (min, max) = MinMax(keys);
        var diff = min ^ max;
        if (diff == 0)
        {
            return;
        }

        // Only bits below the highest differing bit matter; the MSD digit is the (up to) 16 bits just under it.
        var top = Math.Min(bitsBelow, 64 - BitOperations.LeadingZeroCount(diff));
        if (keys.Length <= cap)
        {
            Lsd(keys, top, ref scratch);
            return;
        }

        var shift = Math.Max(0, top - MsdBits);
        var width = top - shift;
        var ends = FlagSort(keys, shift, (1 << width) - 1);
        scratch.Reserve(LargestAtMost(ends, cap));
        var start = 0;
        foreach (var end in ends)
        {
            if (end - start > 1)
            {
                SortKeys(keys[start..end], shift, cap, ref scratch);
            }

            start = end;
        }
    }

    /// <summary>In-place American flag pass on digit (k &gt;&gt; shift) &amp; mask; returns each bucket's end.</summary>
    private static int[] FlagSort(Span<ulong> keys, int shift, int mask)
    {
        var buckets = mask + 1;
        var next = new int[buckets];
        var ends = new int[buckets];
        foreach (var k in keys)
        {
            ends[(int)(k >> shift) & mask]++;
        }

        var sum = 0;
        for (var d = 0; d < buckets; d++)
        {
            next[d] = sum;
            sum += ends[d];
            ends[d] = sum;
        }

        for (var b = 0; b < buckets; b++)
        {
            while (next[b] < ends[b])
            {
                // Carry the displaced key along its cycle until one belongs in bucket b.
                var v = keys[next[b]];
                var d = (int)(v >> shift) & mask;
                while (d != b)
                {
                    (v, keys[next[d]]) = (keys[next[d]], v);
                    next[d]++;
                    d = (int)(v >> shift) & mask;
                }

                keys[next[b]++] = v;
            }
        }

        return ends;
    }

    private static int LargestAtMost(int[] ends, int cap)
    {
        int start = 0, largest = 0;
        foreach (var end in ends)
        {
            var size = end - start;
            largest = size <= cap && size > largest ? size : largest;
            start = end;
        }

        return largest;
    }

    private static (ulong Min, ulong Max) MinMax(ReadOnlySpan<ulong> keys)
    {
        ulong min = ulong.MaxValue, max = 0;
        foreach (var k in keys)
        {
            min = k < min ? k : min;
            max = k > max ? k : max;
        }

        return (min, max);
    }

    private static void ToKeys(Span<ulong> keys)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            var b = keys[i];
            keys[i] = (b & Sign) != 0 ? ~b : b | Sign;
        }
    }

    private static void FromKeys(Span<ulong> keys)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            var k = keys[i];
            keys[i] = (k & Sign) != 0 ? k & ~Sign : ~k;
        }
    }
}
