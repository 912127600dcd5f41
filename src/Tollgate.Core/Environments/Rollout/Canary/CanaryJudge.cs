using Tollgate.Core.Config;
using Tollgate.Core.Statistics.Comparison;
using D = Tollgate.Core.Environments.Rollout.Canary.CanaryDecision;

namespace Tollgate.Core.Environments.Rollout.Canary;

/// <summary>
/// Judges a canary step by step against the model live before it: sample-ratio check first, then minimum information,
/// then a one-sided group sequential test of "candidate error rate (and latency) worse than baseline" whose
/// alpha-spending boundaries use the information actually observed, so looking at every step keeps the overall
/// false-alarm rate at α. Never passes by default: too little information is "inconclusive".
/// </summary>
internal sealed class CanaryJudge
{
    private readonly CanaryJudgeSection options;
    private readonly IReadOnlyList<double> steps;
    private readonly double[] planned;
    private readonly BoundaryCache cache;
    private readonly List<double> rates = [];
    private readonly List<CanaryLook> looks = [];
    private ArmCounts previousCandidate = new(0, 0);
    private ArmCounts previousBaseline = new(0, 0);
    private double? maximumInformation;

    public CanaryJudge(CanaryJudgeSection options, IReadOnlyList<double> stepsPercent, BoundaryCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stepsPercent);
        this.options = options;
        steps = stepsPercent;
        planned = CanaryPlan.Information(stepsPercent);
        this.cache = cache ?? new BoundaryCache();
        Spending = new AlphaSpending(options.Design, options.Alpha / (options.Latency ? 2 : 1)).Validated();
    }

    /// <summary>The spending applied to each judged metric (α split evenly between error rate and latency).</summary>
    public AlphaSpending Spending { get; }

    /// <summary>Every evaluation so far, inconclusive ones included, in order.</summary>
    public IReadOnlyList<CanaryLook> Looks => looks;

    /// <summary>Judges step <paramref name="index"/> (0-based) from the cumulative counts read now.</summary>
    public CanaryLook Judge(int index, ArmCounts candidate, ArmCounts baseline)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(baseline);
        var look = new CanaryLookBuilder(index + 1, steps[index], candidate, baseline);
        var result = Evaluate(index, candidate, baseline, look);
        looks.Add(result);
        if (result.InformationFraction is { } t && result.Decision != D.Inconclusive)
        {
            // The look is taken: its alpha is spent and the next step's traffic is counted from here.
            rates.Add(t);
            maximumInformation ??= CanaryPlan.EffectiveSize(candidate.Requests, baseline.Requests) * planned[^1] / planned[index];
            previousCandidate = candidate;
            previousBaseline = baseline;
        }

        return result;
    }

    private CanaryLook Evaluate(int index, ArmCounts candidate, ArmCounts baseline, CanaryLookBuilder look)
    {
        if (CountsProblem(candidate, baseline) is { } problem)
        {
            return look.Decide(D.Untrustworthy, problem);
        }

        var share = steps[index] / 100;
        long stepCandidate = candidate.Requests - previousCandidate.Requests, stepBaseline = baseline.Requests - previousBaseline.Requests;
        if (share < 1 && stepCandidate + stepBaseline > 0)
        {
            var srm = SampleRatioMismatch.Test([stepCandidate, stepBaseline], [share, 1 - share]).PValue;
            look.SrmPValue = srm;
            if (srm < options.SrmAlpha)
            {
                return look.Decide(D.SampleRatioMismatch, $"traffic split {stepCandidate}:{stepBaseline} in this step does not match the planned {steps[index]:0.##}% (chi-square p = {srm:0.###e+0} < {options.SrmAlpha})");
            }
        }

        look.Newcombe(options.Confidence);
        if (stepCandidate < options.MinRequests || baseline.Requests < options.MinRequests)
        {
            return look.Decide(D.Inconclusive, $"too little traffic to judge: candidate {stepCandidate} requests in this step, baseline {baseline.Requests} in total (minimum {options.MinRequests} each)");
        }

        var last = index == steps.Count - 1;
        var information = CanaryPlan.EffectiveSize(candidate.Requests, baseline.Requests);
        var projected = maximumInformation ?? (information * planned[^1] / planned[index]);
        var t = last ? 1 : Math.Min(information / projected, 1 - 1e-6);
        if (rates.Count > 0 && t <= rates[^1])
        {
            return look.Decide(D.Inconclusive, "no new information since the previous step");
        }

        var boundary = cache.Boundaries([.. rates, t], Spending)[^1];
        look.Sequential(t, boundary);
        if (options.Latency && !look.Latency())
        {
            return look.Decide(D.Inconclusive, "latency is judged but a deployment reported fewer than 2 latency samples");
        }

        if (look.ErrorStatistic >= boundary || look.LatencyStatistic >= boundary)
        {
            var what = look.ErrorStatistic >= boundary ? $"error rate z = {look.ErrorStatistic:0.###}" : $"latency z = {look.LatencyStatistic:0.###}";
            return look.Decide(D.Regression, $"candidate worse than baseline: {what} reached the boundary {boundary:0.###} at information {t:0.###}");
        }

        if (!last)
        {
            return look.Decide(D.Continue, $"no evidence of harm (z = {look.ErrorStatistic:0.###} < {boundary:0.###})");
        }

        return options.MaxErrorRateIncrease is { } margin ? Margin(look, candidate, baseline, margin) : look.Decide(D.Pass, $"no evidence of harm at the final boundary (z = {look.ErrorStatistic:0.###} < {boundary:0.###})");
    }

    /// <summary>Non-inferiority: the one-sided upper bound (level 1 − α) of the error-rate increase must lie within the margin.</summary>
    private CanaryLook Margin(CanaryLookBuilder look, ArmCounts candidate, ArmCounts baseline, double margin)
    {
        var upper = ProportionDifference.Newcombe(candidate.Errors, candidate.Requests, baseline.Errors, baseline.Requests, 1 - (2 * Spending.Alpha)).Get("upper");
        return upper <= margin
            ? look.Decide(D.Pass, $"error-rate increase at most {upper:0.#####} ≤ margin {margin}")
            : look.Decide(D.Inconclusive, $"cannot yet show the error-rate increase is within {margin}: upper bound {upper:0.#####}");
    }

    private string? CountsProblem(ArmCounts candidate, ArmCounts baseline)
    {
        foreach (var (name, now, before) in new[] { ("candidate", candidate, previousCandidate), ("baseline", baseline, previousBaseline) })
        {
            if (now.Requests < 0 || now.Errors < 0 || now.Errors > now.Requests)
            {
                return $"{name} reports {now.Errors} errors in {now.Requests} requests";
            }

            if (now.Requests < before.Requests || now.Errors < before.Errors)
            {
                return $"{name} counts went down ({before.Requests} → {now.Requests} requests): counts must be cumulative since the canary began";
            }
        }

        return null;
    }
}
