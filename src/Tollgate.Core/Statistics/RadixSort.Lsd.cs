namespace Tollgate.Core.Statistics;

/// <summary>The LSD half of <see cref="RadixSort"/>: bucket-sized passes through one reused scratch buffer.</summary>
internal static partial class RadixSort
{
    private const int LsdBits = 11;
    private const int LsdRadix = 1 << LsdBits;

    /// <summary>LSD radix sort of the low <paramref name="bits"/> bits (the higher ones are equal), skipping constant digits.</summary>
    private static void Lsd(Span<ulong> keys, int bits, ref ScratchBuffer scratchBuffer)
    {
        var passes = (bits + LsdBits - 1) / LsdBits;
        var scratch = scratchBuffer.Get(keys.Length);
        var counts = scratchBuffer.Counts(passes * LsdRadix);
        foreach (var k in keys)
        {
            for (var p = 0; p < passes; p++)
            {
                counts[(p * LsdRadix) + (int)((k >> (p * LsdBits)) & (LsdRadix - 1))]++;
            }
        }

        var n = keys.Length;
        var src = keys;
        var dst = scratch;
        for (var p = 0; p < passes; p++)
        {
            var hist = counts.Slice(p * LsdRadix, LsdRadix);
            var shift = p * LsdBits;
            if (hist[(int)((src[0] >> shift) & (LsdRadix - 1))] == n)
            {
                continue;
            }

            var sum = 0;
            for (var d = 0; d < LsdRadix; d++)
            {
                var c = hist[d];
                hist[d] = sum;
                sum += c;
            }

            foreach (var k in src)
            {
                dst[hist[(int)((k >> shift) & (LsdRadix - 1))]++] = k;
            }

            var t = src;
            src = dst;
            dst = t;
        }

        if (src != keys)
        {
            src.CopyTo(keys);
        }
    }

    /// <summary>
    /// One scratch array for all buckets of a sort, grown only to the largest bucket actually LSD-sorted, and one
    /// histogram array reused (cleared) by every bucket instead of allocating one per bucket.
    /// </summary>
    private struct ScratchBuffer
    {
        private ulong[]? array;
        private int[]? counts;

        public Span<int> Counts(int length)
        {
            counts ??= new int[LsdRadix * ((64 + LsdBits - 1) / LsdBits)];
            var span = counts.AsSpan(0, length);
            span.Clear();
            return span;
        }

        /// <summary>Makes room for <paramref name="length"/> keys at once, so later buckets do not regrow it step by step.</summary>
        public void Reserve(int length)
        {
            if (array is null || array.Length < length)
            {
                array = GC.AllocateUninitializedArray<ulong>(length);
            }
        }

        public Span<ulong> Get(int length)
        {
            Reserve(length);
            return array.AsSpan(0, length);
        }
    }
}
