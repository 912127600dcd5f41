using Tollgate.Core.Statistics.Comparison;

namespace Tollgate.Core.Environments.Rollout.Canary;

/// <summary>Collects the evidence of one look while the judge works through its rules.</summary>
internal sealed class CanaryLookBuilder(int step, double trafficPercent, ArmCounts candidate, ArmCounts baseline)
{
    private double? t, boundary, difference, lower, upper, medianDifference;

    public double? SrmPValue { get; set; }

    public double? ErrorStatistic { get; private set; }

    public double? LatencyStatistic { get; private set; }

    public void Newcombe(double confidence)
    {
        if (candidate.Requests > 0 && baseline.Requests > 0)
        {
            var r = ProportionDifference.Newcombe(candidate.Errors, candidate.Requests, baseline.Errors, baseline.Requests, confidence);
            (difference, lower, upper) = (r.Get("difference"), r.Get("lower"), r.Get("upper"));
        }
    }

    /// <summary>
    /// One-sided z of "candidate fails more often": given the E errors of both deployments, the candidate's share is
    /// Binomial(E, n₁/(n₁ + n₂)) when both fail equally often (Poisson errors); its exact upper-tail p-value on the z
    /// scale. Exact at a handful of errors, where the pooled normal z overstates the evidence; the same at large counts.
    /// </summary>
    public void Sequential(double informationFraction, double criticalValue)
    {
        (t, boundary) = (informationFraction, criticalValue);
        var errors = candidate.Errors + baseline.Errors;
        if (errors == 0)
        {
            ErrorStatistic = 0;
            return;
        }

        var share = (double)candidate.Requests / (candidate.Requests + baseline.Requests);
        var p = candidate.Errors == 0 ? 1 : MathNet.Numerics.SpecialFunctions.BetaRegularized(candidate.Errors, errors - candidate.Errors + 1, share);
        ErrorStatistic = Math.Clamp(-MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, p), -40, 40);
    }

    /// <summary>False unless both deployments have 2+ latency samples, or histograms with the same bounds and 2+ requests each.</summary>
    public bool Latency()
    {
        if (candidate.LatencyMs is { Length: >= 2 } a && baseline.LatencyMs is { Length: >= 2 } b)
        {
            LatencyStatistic = RankStatistic.Z(a, b);
            medianDifference = RankStatistic.Median(a) - RankStatistic.Median(b);
            return true;
        }

        if (candidate.Histogram is { Total: >= 2 } ha && baseline.Histogram is { Total: >= 2 } hb && ha.Bounds.SequenceEqual(hb.Bounds))
        {
            LatencyStatistic = RankStatistic.ZGrouped(ha.Counts, hb.Counts);
            medianDifference = ha.Median() - hb.Median();
            return true;
        }

        return false;
    }

    public CanaryLook Decide(string decision, string reason) => new()
    {
        Step = step,
        TrafficPercent = trafficPercent,
        Candidate = candidate,
        Baseline = baseline,
        SrmPValue = SrmPValue,
        InformationFraction = t,
        ErrorStatistic = ErrorStatistic,
        Boundary = boundary,
        ErrorRateDifference = difference,
        DifferenceLower = lower,
        DifferenceUpper = upper,
        LatencyStatistic = LatencyStatistic,
        MedianLatencyDifferenceMs = medianDifference,
        Decision = decision,
        Reason = reason,
    };
}
