namespace Tollgate.Core.Statistics.Comparison;

/// <summary>
/// DeLong placement values of one model, kept as integers: for case i, 2·#{controls below x_i} + #{controls equal};
/// for control j, 2·#{cases above y_j} + #{cases equal}. Integers make a zero variance come out exactly zero.
/// </summary>
internal sealed class DeLongPlacements
{
    private DeLongPlacements(long[] cases, long[] controls)
    {
        Cases = cases;
        Controls = controls;
    }

    /// <summary>Per case, in row order of the cases: V10 · 2n.</summary>
    public long[] Cases { get; }

    /// <summary>Per control, in row order of the controls: V01 · 2m.</summary>
    public long[] Controls { get; }

    /// <summary>Sorts each class once and counts by binary search: O(N log N).</summary>
    public static DeLongPlacements Compute(double[] caseScores, double[] controlScores)
    {
        var sortedControls = (double[])controlScores.Clone();
        var sortedCases = (double[])caseScores.Clone();
        Array.Sort(sortedControls);
        Array.Sort(sortedCases);
        var cases = new long[caseScores.Length];
        for (var i = 0; i < cases.Length; i++)
        {
            var below = LowerBound(sortedControls, caseScores[i]);
            var equal = UpperBound(sortedControls, caseScores[i]) - below;
            cases[i] = (2L * below) + equal;
        }

        var controls = new long[controlScores.Length];
        for (var j = 0; j < controls.Length; j++)
        {
            var notAbove = UpperBound(sortedCases, controlScores[j]);
            var equal = notAbove - LowerBound(sortedCases, controlScores[j]);
            controls[j] = (2L * (sortedCases.Length - notAbove)) + equal;
        }

        return new DeLongPlacements(cases, controls);
    }

    /// <summary>Unbiased variance of integer values divided by <paramref name="scale"/> (exactly 0 when all are equal).</summary>
    public static double Variance(long[] values, double scale)
    {
        var n = values.Length;
        if (n < 2)
        {
            return double.NaN;
        }

        long sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        var mean = (double)sum / n;
        var ss = 0.0;
        foreach (var v in values)
        {
            var d = v - mean;
            ss += d * d;
        }

        return ss / (n - 1) / (scale * scale);
    }

    private static int LowerBound(double[] sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) { lo = mid + 1; } else { hi = mid; }
        }

        return lo;
    }

    private static int UpperBound(double[] sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) { lo = mid + 1; } else { hi = mid; }
        }

        return lo;
    }
}
