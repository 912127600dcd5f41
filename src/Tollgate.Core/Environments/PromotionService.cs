using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Environments.Rollout;
using Tollgate.Core.Errors;
using Tollgate.Core.Gates;
using Tollgate.Core.Packaging;

namespace Tollgate.Core.Environments;

/// <summary>
/// Moves one exact artifact (by digest) into an environment: checks the edge, runs the gates, then
/// records queued → in_progress → success. A failing gate or edge leaves the environment untouched.
/// </summary>
public sealed class PromotionService(TollgateConfig config, IEnvironmentBackend backend, IProgress<string>? progress = null)
{
    public async Task<PromotionResult> PromoteAsync(string artifactDir, string environment, PromotionOptions options, CancellationToken ct)
    {
        var target = config.Environment(environment);
        var manifest = ManifestStore.Read(artifactDir);
        var model = new ModelRef(manifest.Name, manifest.Version, manifest.Digest);
        var deployments = await backend.ListDeploymentsAsync(null, ct);

        var current = EnvironmentState.CurrentOf(deployments, environment);
        if (current?.Model.Digest == model.Digest)
        {
            progress?.Report($"{model.Name} {model.Version} already runs in {environment} (deployment {current.Id}); nothing to do.");
            return new PromotionResult(PromotionResult.AlreadyCurrent, current, null, null);
        }

        CheckEdge(deployments, environment, model);
        var strategy = options.Strategy is null ? target.Strategy : new StrategySection
        {
            Kind = options.Strategy, Steps = target.Strategy.Steps, Interval = target.Strategy.Interval, Health = target.Strategy.Health,
        };
        var report = await new GateEvaluator(config, backend).EvaluateAsync(target, artifactDir, ct, options.CurrentData);
        var reportPath = Reports.ReportWriter.Write(config.Resolve(config.Reports), report);
        foreach (var line in Reports.CiAnnotations.For(report))
        {
            Console.Out.WriteLine(line); // CI runners read workflow/logging commands from stdout
        }
        foreach (var gate in report.Gates)
        {
            progress?.Report((gate.Passed ? "  ✓ " : gate.Severity == "warn" ? "  ! " : "  ✗ ") + gate.Message);
        }

        if (!report.Passed)
        {
            var failed = report.Gates.Where(g => !g.Passed && g.Severity != "warn").Select(g => g.Message);
            throw new CheckFailedException(ErrorCodes.GateFailed,
                $"{model.Name} {model.Version} may not enter {environment}; {environment} is unchanged. " + string.Join("; ", failed),
                $"Improve the model or change the gate in {config.SourcePath}. Report: {reportPath.Html}");
        }

        // A promotion that died after creating its deployment is completed, not duplicated.
        var pending = deployments.FirstOrDefault(d => d.Environment == environment && d.Model.Digest == model.Digest
            && d.State is DeploymentState.Queued or DeploymentState.InProgress);
        var outcome = pending is null ? PromotionResult.Promoted : PromotionResult.Resumed;
        var deployment = pending ?? await backend.CreateDeploymentAsync(new DeploymentRequest
        {
            Environment = environment,
            Model = model,
            Commit = manifest.Lineage.Commit,
            Artifacts = options.Artifacts,
            Strategy = strategy.Kind,
            TrafficShare = strategy.Kind == "canary" && strategy.Steps.Count > 0 ? strategy.Steps[0] / 100 : 1.0,
            Actor = options.Actor ?? Actor.FromEnvironment(),
            GateReportDigest = reportPath.JsonDigest,
            GateSummary = report.Summary,
            Description = $"Promote {model.Name} {model.Version} to {environment}",
            ProductionEnvironment = environment == "production",
            TransientEnvironment = environment == "sandbox",
            RequiredContexts = target.RequiredContexts,
        }, ct);
        if (deployment.State == DeploymentState.Queued)
        {
            deployment = await backend.SetStatusAsync(deployment.Id, DeploymentState.InProgress, $"rolling out ({strategy.Kind})", ct);
        }

        deployment = await new RolloutExecutor(config, backend, progress, options.Http).RunAsync(deployment, target, strategy, current, ct);
        await new EnvironmentTagger(config, progress).TagAsync(deployment, ct);
        progress?.Report($"{model.Name} {model.Version} promoted to {environment} (deployment {deployment.Id}, digest {model.Digest}).");
        return new PromotionResult(outcome, deployment, report, reportPath.Json);
    }

    /// <summary>Environments form a chain; entering one needs the digest to be live in the one before it.</summary>
    private void CheckEdge(IReadOnlyList<DeploymentRecord> deployments, string environment, ModelRef model)
    {
        var index = config.Environments.FindIndex(e => e.Name == environment);
        if (index == 0)
        {
            return;
        }

        var previous = config.Environments[index - 1].Name;
        var there = EnvironmentState.CurrentOf(deployments, previous);
        if (there?.Model.Digest != model.Digest)
        {
            throw new TollgateException(
                ErrorCodes.PromotionEdge,
                $"{model.Name} {model.Version} ({model.Digest}) is not live in '{previous}', so it cannot enter '{environment}' (allowed edge: {previous} → {environment}).",
                $"Promote it to '{previous}' first: tollgate promote --environment {previous}.");
        }
    }
}
