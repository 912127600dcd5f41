namespace Tollgate.Core.Statistics;

/// <summary>
/// Multi-quickselect: puts the requested ranks of an array in their sorted positions in expected O(n log k),
/// so quantile cut points do not need a full sort (NumPy's <c>quantile</c> partitions the same way).
/// </summary>
internal static class OrderStatistics
{
    /// <summary>Rearranges <paramref name="a"/> so that a[r] is the r-th smallest for every r in <paramref name="ranks"/> (sorted ascending).</summary>
    public static void Select(double[] a, int[] ranks) => Select(a, 0, a.Length - 1, ranks, 0, ranks.Length - 1);

    private static void Select(double[] a, int lo, int hi, int[] ranks, int rLo, int rHi)
    {
        while (rLo <= rHi && hi - lo > 24)
        {
            var pivot = MedianOfThree(a[lo], a[lo + ((hi - lo) / 2)], a[hi]);

            // Three-way partition: [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi] > pivot (ties are common in real data).
            int lt = lo, i = lo, gt = hi;
            while (i <= gt)
            {
                var v = a[i];
                if (v < pivot)
                {
                    (a[lt], a[i]) = (a[i], a[lt]);
                    lt++;
                    i++;
                }
                else if (v > pivot)
                {
                    (a[gt], a[i]) = (a[i], a[gt]);
                    gt--;
                }
                else
                {
                    i++;
                }
            }

            var leftEnd = rLo;
            while (leftEnd <= rHi && ranks[leftEnd] < lt)
            {
                leftEnd++;
            }

            var rightStart = leftEnd;
            while (rightStart <= rHi && ranks[rightStart] <= gt)
            {
                rightStart++;
            }

            // Recurse into the side with fewer elements, loop on the other (bounded stack depth).
            if (lt - lo < hi - gt)
            {
                Select(a, lo, lt - 1, ranks, rLo, leftEnd - 1);
                lo = gt + 1;
                rLo = rightStart;
            }
            else
            {
                Select(a, gt + 1, hi, ranks, rightStart, rHi);
                hi = lt - 1;
                rHi = leftEnd - 1;
            }
        }

        if (rLo <= rHi && hi > lo)
        {
            Array.Sort(a, lo, hi - lo + 1);
        }
    }

    private static double MedianOfThree(double x, double y, double z) =>
        x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y));
}
