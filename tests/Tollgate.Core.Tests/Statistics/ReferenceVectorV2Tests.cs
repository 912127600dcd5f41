using Tollgate.Core.Statistics;
using Tollgate.Core.Statistics.Comparison;

namespace Tollgate.Core.Tests.Statistics;

/// <summary>Every case of the second reference set (pROC, rpact, SciPy, R), one test each, judged with the case's own tolerance.</summary>
[TestFixture]
public sealed class ReferenceVectorV2Tests
{
    private static readonly string[] IntegerFields = ["n_cases", "n_controls", "dof"];

    private static IEnumerable<TestCaseData> AllCases() =>
        VectorCase.IdsV2().Select(id => new TestCaseData(id).SetName(id));

    [Test]
    public void Holds_all_80_cases()
    {
        // Arrange / Act
        var count = VectorCase.IdsV2().Count();

        // Assert
        Assert.That(count, Is.EqualTo(80));
    }

    [TestCaseSource(nameof(AllCases))]
    public void Matches_reference(string id)
    {
        // Arrange
        var c = VectorCase.GetV2(id);

        // Act
        var result = Run(c);

        // Assert
        foreach (var field in c.Expected.EnumerateObject().Where(f => f.Name != "undefined"))
        {
            var actual = field.Name switch
            {
                "statistic" => result.Statistic,
                "pvalue" => result.PValue,
                _ => (object)result.Extra[field.Name],
            };
            if (actual is double[] list)
            {
                c.CheckList(field.Name, list);
            }
            else if (IntegerFields.Contains(field.Name))
            {
                Assert.That(Convert.ToDouble(actual, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(field.Value.GetDouble()), $"{id} {field.Name}");
            }
            else
            {
                c.Check(field.Name, Convert.ToDouble(actual, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    internal static StatResult Run(VectorCase c) => c.Test switch
    {
        "delong_paired" => DeLong.Paired(
            c.Numbers("labels").Select(l => l == 1).ToArray(), c.Numbers("scores1"), c.Numbers("scores2"), c.Params.GetProperty("conf_level").GetDouble()).ToStatResult(),
        "gst_boundaries" => GroupSequentialBoundaries.Compute(
            c.Numbers("information_rates"),
            new AlphaSpending(c.Param("type_of_design"), c.Params.GetProperty("alpha").GetDouble(), c.Params.TryGetProperty("gamma", out var g) ? g.GetDouble() : 1)).ToStatResult(),
        "srm_chisq" => SampleRatioMismatch.Test(
            c.Inputs.GetProperty("counts").EnumerateArray().Select(e => e.GetInt64()).ToArray(), c.Numbers("ratios")),
        "prop_diff_ci" => PropDiff(c),
        _ => throw new AssertionException($"unknown test {c.Test}"),
    };

    private static StatResult PropDiff(VectorCase c)
    {
        long I(string name) => c.Inputs.GetProperty(name).GetInt64();
        var level = c.Params.GetProperty("conf_level").GetDouble();
        return c.Param("method") == "wald"
            ? ProportionDifference.Wald(I("x1"), I("n1"), I("x2"), I("n2"), level)
            : ProportionDifference.Newcombe(I("x1"), I("n1"), I("x2"), I("n2"), level);
    }
}
