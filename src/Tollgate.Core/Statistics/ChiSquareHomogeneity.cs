using MathNet.Numerics;

namespace Tollgate.Core.Statistics;

/// <summary>Pearson chi-square test of homogeneity, reference vs current, over the union of categories.</summary>
internal static class ChiSquareHomogeneity
{
    /// <summary>Tests two samples of category labels.</summary>
    public static StatResult Test(IReadOnlyList<string> reference, IReadOnlyList<string> current)
    {
        var (categories, refCounts, curCounts) = CategoryCounts.Build(reference, current);
        var result = FromCounts(refCounts, curCounts);
        var extra = new Dictionary<string, object>(result.Extra) { ["categories"] = categories };
        return result with { Extra = extra };
    }

    /// <summary>Tests a 2 × K table of counts; a category unseen on one side is a zero cell.</summary>
    public static StatResult FromCounts(long[] refCounts, long[] curCounts)
    {
        double r0 = 0, r1 = 0;
        for (var k = 0; k < refCounts.Length; k++)
        {
            r0 += refCounts[k];
            r1 += curCounts[k];
        }

        var n = r0 + r1;
        double x2 = 0;
        var used = 0;
        for (var k = 0; k < refCounts.Length; k++)
        {
            double c = refCounts[k] + curCounts[k];
            if (c == 0)
            {
                continue;
            }

            used++;
            var e0 = r0 * c / n;
            var e1 = r1 * c / n;
            x2 += ((refCounts[k] - e0) * (refCounts[k] - e0) / e0) + ((curCounts[k] - e1) * (curCounts[k] - e1) / e1);
        }

        var dof = used - 1;
        var p = dof <= 0 ? 1.0 : SpecialFunctions.GammaUpperRegularized(dof / 2.0, x2 / 2.0);
        return new StatResult("chi2", dof <= 0 ? 0 : x2, p, new Dictionary<string, object> { ["dof"] = dof });
    }
}
