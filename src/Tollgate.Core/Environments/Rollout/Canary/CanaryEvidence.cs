using System.Text.Json.Nodes;
using Tollgate.Core.Config;

namespace Tollgate.Core.Environments.Rollout.Canary;

/// <summary>The judge's looks as gate-report evidence (non-finite numbers become null, so the JSON stays valid).</summary>
internal static class CanaryEvidence
{
    public static JsonObject Build(CanaryJudgeSection options, CanaryJudge judge, IReadOnlyList<double> stepsPercent)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(judge);
        return new JsonObject
        {
            ["design"] = judge.Spending.Design,
            ["alpha"] = options.Alpha,
            ["alphaPerMetric"] = judge.Spending.Alpha,
            ["steps"] = new JsonArray([.. stepsPercent.Select(s => (JsonNode)s)]),
            ["minRequests"] = options.MinRequests,
            ["srmAlpha"] = options.SrmAlpha,
            ["maxErrorRateIncrease"] = options.MaxErrorRateIncrease,
            ["looks"] = new JsonArray([.. judge.Looks.Select(Look)]),
        };
    }

    private static JsonNode Look(CanaryLook l) => new JsonObject
    {
        ["step"] = l.Step,
        ["trafficPercent"] = l.TrafficPercent,
        ["candidate"] = Arm(l.Candidate),
        ["baseline"] = Arm(l.Baseline),
        ["srmPValue"] = N(l.SrmPValue),
        ["informationFraction"] = N(l.InformationFraction),
        ["statistic"] = N(l.ErrorStatistic),
        ["boundary"] = N(l.Boundary),
        ["errorRateDifference"] = N(l.ErrorRateDifference),
        ["differenceLower"] = N(l.DifferenceLower),
        ["differenceUpper"] = N(l.DifferenceUpper),
        ["latencyStatistic"] = N(l.LatencyStatistic),
        ["medianLatencyDifferenceMs"] = N(l.MedianLatencyDifferenceMs),
        ["decision"] = l.Decision,
        ["reason"] = l.Reason,
    };

    private static JsonObject Arm(ArmCounts a) => new()
    {
        ["requests"] = a.Requests,
        ["errors"] = a.Errors,
        ["errorRate"] = N(a.ErrorRate),
        ["latencySamples"] = a.LatencyMs?.Length ?? a.Histogram?.Total,
    };

    private static JsonNode? N(double? v) => v is { } d && double.IsFinite(d) ? d : null;
}
