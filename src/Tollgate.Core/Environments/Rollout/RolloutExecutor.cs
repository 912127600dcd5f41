using System.Globalization;
using Tollgate.Core.Config;
using Tollgate.Core.Packaging;

namespace Tollgate.Core.Environments.Rollout;

/// <summary>
/// Drives a deployment from in_progress to success by its strategy: direct; canary steps recorded as
/// statuses with a health check after each; blue-green into the idle slot, verified, then switched.
/// An unhealthy step marks the deployment failed and rolls the environment back automatically.
/// </summary>
internal sealed class RolloutExecutor(TollgateConfig config, IEnvironmentBackend backend, IProgress<string>? progress = null, HttpClient? http = null)
{
    public async Task<DeploymentRecord> RunAsync(DeploymentRecord deployment, EnvironmentSection environment, StrategySection strategy, DeploymentRecord? previous, CancellationToken ct, string? candidateDir = null)
    {
        try
        {
            return await RunStrategyAsync(deployment, environment, strategy, previous, ct, candidateDir);
        }
        catch (TollgateException ex) when (ex is not CheckFailedException)
        {
            // A rollout that cannot go on ends as a failure, never stuck in progress (failed checks have recorded theirs).
            await backend.SetStatusAsync(deployment.Id, DeploymentState.Failure, $"rollout stopped: {ex.Code}: {ex.Message}", ct);
            throw;
        }
    }

    private async Task<DeploymentRecord> RunStrategyAsync(DeploymentRecord deployment, EnvironmentSection environment, StrategySection strategy, DeploymentRecord? previous, CancellationToken ct, string? candidateDir)
    {
        var model = deployment.Model;
        switch (strategy.Kind)
        {
            case "canary":
                // The comparative judge (strategy.health.judge) runs after the absolute thresholds of each step.
                var judge = Canary.CanaryGuard.Create(config, backend, progress, http, deployment, environment.Name, strategy, previous);
                foreach (var step in strategy.Steps)
                {
                    await CheckOrRollBackAsync(deployment, environment.Name, strategy, previous, $"canary {Percent(step)}", ct);
                    var judged = judge is null ? "" : "; " + await judge.JudgeStepAsync(strategy.Steps.IndexOf(step), ct);
                    deployment = await backend.SetStatusAsync(deployment.Id, DeploymentState.InProgress, $"canary {Percent(step)} of traffic: healthy{judged}", ct);
                    progress?.Report($"  canary {Percent(step)}: healthy{judged}");
                }

                break;
            case "blue-green":
                var slot = previous?.Statuses.Any(s => s.Description?.Contains("slot blue", StringComparison.Ordinal) == true) == true ? "green" : "blue";
                deployment = await backend.SetStatusAsync(deployment.Id, DeploymentState.InProgress, $"deployed to idle slot {slot}; verifying", ct);
                await CheckOrRollBackAsync(deployment, environment.Name, strategy, previous, $"slot {slot} verification", ct);
                progress?.Report($"  blue-green: slot {slot} verified, switching traffic");
                return await backend.SetStatusAsync(deployment.Id, DeploymentState.Success, $"{model.Name} {model.Version} live in {environment.Name} (slot {slot}; previous slot kept for instant rollback)", ct);
            case "shadow":
                deployment = await backend.SetStatusAsync(deployment.Id, DeploymentState.InProgress, "shadow: receiving mirrored traffic, 0% of real traffic", ct);
                await ShadowComparison.RunAsync(config, backend, deployment, environment, strategy, candidateDir ?? config.Resolve(config.Model.Output), progress, ct);
                break;
            case "direct":
                await CheckOrRollBackAsync(deployment, environment.Name, strategy, previous, "post-deployment check", ct);
                break;
            default:
                throw new TollgateException(ErrorCodes.ConfigInvalid, $"{config.SourcePath}: environments[{environment.Name}].strategy.kind '{strategy.Kind}' is unknown.", "Use direct, canary, blue-green or shadow.");
        }

        return await backend.SetStatusAsync(deployment.Id, DeploymentState.Success, $"{model.Name} {model.Version} is live in {environment.Name}", ct);
    }

    private async Task CheckOrRollBackAsync(DeploymentRecord deployment, string environment, StrategySection strategy, DeploymentRecord? previous, string stage, CancellationToken ct)
    {
        var health = strategy.Health;
        if (health is null)
        {
            return;
        }

        if (strategy.Interval > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(strategy.Interval), ct);
        }

        HealthCheck.Result result;
        try
        {
            result = await new HealthCheck(health, config.Resolve, http).RunAsync(ct);
        }
        catch (TollgateException ex) when (ex.Code == ErrorCodes.HealthSourceInvalid)
        {
            // Health that cannot be read is not health: the step is unhealthy, never left in progress.
            result = new HealthCheck.Result(false, $"health source unreadable ({ex.Code}): {ex.Message}");
        }

        if (result.Healthy)
        {
            return;
        }

        var why = $"{stage} unhealthy: {result.Summary}";
        await backend.SetStatusAsync(deployment.Id, DeploymentState.Failure, why, ct);
        progress?.Report($"  ✗ {why}");
        var restored = previous is null ? null : await new RollbackService(backend, progress, new EnvironmentTagger(config, progress), config)
            .RestoreAsync(previous, environment, $"automatic rollback: {deployment.Model.Name} {deployment.Model.Version} {why}", previous.Id, ct);
        throw new CheckFailedException(
            ErrorCodes.RolloutFailed,
            $"{deployment.Model.Name} {deployment.Model.Version} failed its rollout to {environment}: {why}. " +
            (restored is null ? "No earlier version to restore." : $"Rolled back to {restored.Model.Version} (deployment {restored.Id})."),
            "Investigate the health source; promote again once the model is fixed.");
    }

    private static string Percent(double step) => step.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
