using System.Diagnostics;
using System.Globalization;
using Tollgate.Core.Config;
using Tollgate.Core.Packaging;

namespace Tollgate.Core.Environments.Rollout.Canary;

/// <summary>
/// Runs the canary judge inside a rollout: reads the per-deployment counts after each step, waits while a step is
/// inconclusive (up to the deadline), writes the evidence as <c>canary-report.*</c> next to the gate report after every
/// look, and on any verdict other than continue/pass marks the deployment failed, restores the previous one and stops.
/// </summary>
internal sealed class CanaryGuard
{
    private readonly TollgateConfig config;
    private readonly IEnvironmentBackend backend;
    private readonly IProgress<string>? progress;
    private readonly HttpClient? http;
    private readonly DeploymentRecord deployment;
    private readonly DeploymentRecord previous;
    private readonly string environment;
    private readonly StrategySection strategy;
    private readonly CanaryJudgeSection options;
    private readonly CanaryJudge judge;

    private CanaryGuard(TollgateConfig config, IEnvironmentBackend backend, IProgress<string>? progress, HttpClient? http, DeploymentRecord deployment, DeploymentRecord previous, string environment, StrategySection strategy)
    {
        (this.config, this.backend, this.progress, this.http, this.deployment, this.previous, this.environment, this.strategy) = (config, backend, progress, http, deployment, previous, environment, strategy);
        options = strategy.Health!.Judge!;
        judge = new CanaryJudge(options, strategy.Steps);
    }

    /// <summary>Null when no judge is configured, or when nothing ran before (no baseline: absolute thresholds only).</summary>
    public static CanaryGuard? Create(TollgateConfig config, IEnvironmentBackend backend, IProgress<string>? progress, HttpClient? http, DeploymentRecord deployment, string environment, StrategySection strategy, DeploymentRecord? previous)
    {
        if (strategy.Health?.Judge is null)
        {
            return null;
        }

        if (previous is null)
        {
            progress?.Report($"  canary judge: nothing ran in {environment} before, so there is no baseline to compare with; absolute thresholds only");
            return null;
        }

        return new CanaryGuard(config, backend, progress, http, deployment, previous, environment, strategy);
    }

    /// <summary>Judges step <paramref name="index"/>; returns a short summary for the step's status, or throws after rolling back.</summary>
    public async Task<string> JudgeStepAsync(int index, CancellationToken ct)
    {
        var source = Uri.TryCreate(strategy.Health!.Source, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? strategy.Health.Source
            : config.Resolve(strategy.Health.Source);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            CanaryLook look;
            try
            {
                var (candidate, baseline) = await DeploymentCountsReader.ReadAsync(source, http, deployment.Model.Digest, previous.Model.Digest, ct);
                look = judge.Judge(index, candidate, baseline);
            }
            catch (TollgateException ex) when (ex.Code == ErrorCodes.HealthCountsInvalid)
            {
                // Without counts there is nothing to judge: fail closed rather than let the canary proceed unjudged.
                look = Unreadable(index, ex.Message);
            }

            var passed = look.Proceeds;
            WriteReport(passed || look.Decision == CanaryDecision.Inconclusive, look);
            progress?.Report($"  canary judge, step {look.Step} ({Percent(look.TrafficPercent)}): {look.Decision}: {look.Reason}");
            if (passed)
            {
                return $"judge {look.Decision} (z {F(look.ErrorStatistic)} < {F(look.Boundary)})";
            }

            if (look.Decision == CanaryDecision.Inconclusive && clock.Elapsed.TotalSeconds + options.Poll <= options.Deadline)
            {
                await Task.Delay(TimeSpan.FromSeconds(options.Poll), ct);
                continue;
            }

            await FailAsync(look, ct);
        }
    }

    private async Task FailAsync(CanaryLook look, CancellationToken ct)
    {
        var inconclusive = look.Decision == CanaryDecision.Inconclusive;
        var why = $"canary {Percent(look.TrafficPercent)} judged {look.Decision}" + (inconclusive ? $" after {options.Deadline.ToString(CultureInfo.InvariantCulture)} s (fail closed)" : "") + $": {look.Reason}";
        WriteReport(false, look);
        await backend.SetStatusAsync(deployment.Id, DeploymentState.Failure, Shorten(why), ct);
        progress?.Report($"  ✗ {why}");
        var restored = await new RollbackService(backend, progress, new EnvironmentTagger(config, progress)).RestoreAsync(previous, environment, Shorten($"automatic rollback: {deployment.Model.Name} {deployment.Model.Version} {why}"), previous.Id, ct);
        var code = look.Decision switch
        {
            CanaryDecision.Regression => ErrorCodes.CanaryRegression,
            CanaryDecision.SampleRatioMismatch => ErrorCodes.CanarySampleRatioMismatch,
            CanaryDecision.Inconclusive => ErrorCodes.CanaryInconclusive,
            _ => ErrorCodes.HealthCountsInvalid,
        };
        throw new CheckFailedException(code,
            $"{deployment.Model.Name} {deployment.Model.Version} failed its rollout to {environment}: {why}. Rolled back to {restored.Model.Version} (deployment {restored.Id}).",
            $"See {CanaryReport.HtmlPath(config, environment)} for the judge's evidence per step.");
    }

    private CanaryLook Unreadable(int index, string why) => new()
    {
        Step = index + 1,
        TrafficPercent = strategy.Steps[index],
        Candidate = new ArmCounts(0, 0),
        Baseline = new ArmCounts(0, 0),
        Decision = CanaryDecision.Untrustworthy,
        Reason = why,
    };

    private void WriteReport(bool passed, CanaryLook last) =>
        CanaryReport.Write(config, environment, deployment, previous, CanaryEvidence.Build(options, judge, strategy.Steps), passed, last);

    // GitHub limits a status description to 140 characters.
    private static string Shorten(string text) => text.Length <= 140 ? text : text[..139] + "…";

    private static string Percent(double step) => step.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string F(double? v) => v?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";
}
