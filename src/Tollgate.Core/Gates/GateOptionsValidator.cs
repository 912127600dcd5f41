using System.Globalization;
using Tollgate.Core.Config;

namespace Tollgate.Core.Gates;

/// <summary>Rejects impossible thresholds of the performance, fairness, robustness and parity gates when the policy is loaded.</summary>
internal static class GateOptionsValidator
{
    public static void Validate(GateSection gate, string at)
    {
        if (gate.Performance is { } p)
        {
            foreach (var (key, value) in new[] { ("p50Ms", p.P50Ms), ("p95Ms", p.P95Ms), ("p99Ms", p.P99Ms), ("minThroughput", p.MinThroughput), ("maxSizeMb", p.MaxSizeMb), ("maxLoadMs", p.MaxLoadMs) })
            {
                Require(value is null or > 0, at, $"performance.{key}", value, "must be greater than 0");
            }

            Require(p.Iterations >= 1 && p.BatchRuns >= 1 && p.Warmup >= 0, at, "performance.iterations/batchRuns/warmup", p.Iterations, "need iterations >= 1, batchRuns >= 1, warmup >= 0");
        }

        if (gate.Fairness is { } f)
        {
            if (string.IsNullOrWhiteSpace(f.Sensitive))
            {
                throw new TollgateException(ErrorCodes.GateInvalid, $"{at}.fairness.sensitive is empty.", "Name the sensitive column, e.g. 'sensitive: region'.");
            }

            Require(f.MaxDemographicParityDifference is >= 0 and <= 1, at, "fairness.maxDemographicParityDifference", f.MaxDemographicParityDifference, "is a difference of rates: use 0..1");
            Require(f.MaxEqualizedOddsDifference is >= 0 and <= 1, at, "fairness.maxEqualizedOddsDifference", f.MaxEqualizedOddsDifference, "is a difference of rates: use 0..1");
        }

        if (gate.Robustness is { } r)
        {
            Require(r.Noise > 0 && double.IsFinite(r.Noise), at, "robustness.noise", r.Noise, "must be greater than 0 (a fraction of each feature's std, e.g. 0.01)");
            Require(r.MaxFlipRate is >= 0 and <= 1, at, "robustness.maxFlipRate", r.MaxFlipRate, "is a rate: use 0..1");
            Require(r.MaxScoreChange is null or >= 0, at, "robustness.maxScoreChange", r.MaxScoreChange, "must be 0 or more");
        }

        if (gate.Parity is { } q)
        {
            Require(q.MinAgreement is null or (>= 0 and <= 1), at, "parity.minAgreement", q.MinAgreement, "is a rate: use 0..1");
            Require(q.Margin is null or > 0, at, "parity.margin", q.Margin, "must be greater than 0");
            Require(q.Alpha is > 0 and < 1, at, "parity.alpha", q.Alpha, "is a significance level: use a value between 0 and 1, e.g. 0.05");
        }
    }

    private static void Require(bool ok, string at, string key, double? value, string rule)
    {
        if (!ok)
        {
            throw new TollgateException(ErrorCodes.GateInvalid, $"{at}.{key} = {value?.ToString(CultureInfo.InvariantCulture) ?? "null"} {rule}.", $"Fix {key} in the gate.");
        }
    }
}
