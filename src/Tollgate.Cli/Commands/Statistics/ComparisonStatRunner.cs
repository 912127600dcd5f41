using Tollgate.Core.Statistics;
using Tollgate.Core.Statistics.Comparison;

namespace Tollgate.Cli.Commands.Statistics;

/// <summary>The comparison tests of <c>tollgate stat</c>: delong, gst-boundaries, srm and prop-diff.</summary>
internal static class ComparisonStatRunner
{
    public static bool Handles(string test) => test is "delong" or "gst-boundaries" or "srm" or "prop-diff";

    public static StatResult Run(StatRequest r, StatParams p) => r.Test switch
    {
        "delong" => DeLong.Paired(
            StatInputs.BinaryLabels(StatInputs.Require(r.Labels, "--labels"), null),
            StatInputs.Numbers(StatInputs.Require(r.A, "--a"), r.Column),
            StatInputs.Numbers(StatInputs.Require(r.B, "--b"), r.Column),
            p.Number("conf_level", 0.95)).ToStatResult(),
        "gst-boundaries" => GroupSequentialBoundaries.Compute(
            p.Numbers("looks"),
            new AlphaSpending(p.Text("design", "asOF", "asOF", "asP", "asKD"), p.Number("alpha", 0.05), p.Number("gamma", 1))).ToStatResult(),
        "srm" => SampleRatioMismatch.Test(p.Longs("counts"), p.Numbers("ratios")),
        _ => p.Text("method", "newcombe", "newcombe", "wald") == "wald"
            ? ProportionDifference.Wald(p.Long("x1"), p.Long("n1"), p.Long("x2"), p.Long("n2"), p.Number("conf_level", 0.95))
            : ProportionDifference.Newcombe(p.Long("x1"), p.Long("n1"), p.Long("x2"), p.Long("n2"), p.Number("conf_level", 0.95)),
    };
}
