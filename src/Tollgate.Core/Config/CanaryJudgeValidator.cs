namespace Tollgate.Core.Config;

/// <summary>Checks <c>strategy.health.judge</c> when the file is loaded, so a bad setting never surfaces mid-rollout.</summary>
internal static class CanaryJudgeValidator
{
    public static void Validate(StrategySection strategy, string at)
    {
        if (strategy.Health?.Judge is not { } judge)
        {
            return;
        }

        at += ".health.judge";
        Require(strategy.Kind == "canary", at, $"applies to canary rollouts only, but strategy.kind is '{strategy.Kind}'", "Remove the judge or use kind: canary.");
        Require(judge.Alpha is > 0 and < 0.5, at + ".alpha", $"{judge.Alpha} must lie in (0, 0.5)", "Use a one-sided false-alarm rate such as 0.05.");
        Require(judge.Design is "asOF" or "asP", at + ".spending", $"'{judge.Spending}' is unknown", "Use obrien-fleming or pocock.");
        Require(judge.MinRequests >= 1, at + ".minRequests", $"{judge.MinRequests} must be at least 1", "Use e.g. 1000.");
        Require(judge.SrmAlpha is > 0 and < 1, at + ".srmAlpha", $"{judge.SrmAlpha} must lie in (0, 1)", "Use e.g. 0.001.");
        Require(judge.MaxErrorRateIncrease is null or (>= 0 and < 1), at + ".maxErrorRateIncrease", $"{judge.MaxErrorRateIncrease} must lie in [0, 1)", "Use an absolute error-rate margin such as 0.005.");
        Require(judge.Deadline >= 0 && double.IsFinite(judge.Deadline), at + ".deadline", $"{judge.Deadline} must be a number of seconds ≥ 0", "Use 0 to fail closed at once, or e.g. 3600.");
        Require(judge.Poll > 0 && double.IsFinite(judge.Poll), at + ".poll", $"{judge.Poll} must be a positive number of seconds", "Use e.g. 30.");
        Require(judge.Confidence is > 0 and < 1, at + ".confidence", $"{judge.Confidence} must lie in (0, 1)", "Use e.g. 0.95.");
    }

    private static void Require(bool ok, string where, string problem, string fix)
    {
        if (!ok)
        {
            throw new TollgateException(ErrorCodes.ConfigInvalid, $"{where}: {problem}.", fix);
        }
    }
}
