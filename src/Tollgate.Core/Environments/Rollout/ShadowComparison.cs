using Tollgate.Core.Config;
using Tollgate.Core.Gates;

namespace Tollgate.Core.Environments.Rollout;

/// <summary>
/// Shadow rollout: the candidate has only seen mirrored requests; before it may take real traffic the parity
/// gate compares it with the running model on the holdout rows and on the mirrored requests. Nothing to roll
/// back on failure: the running model never stopped serving.
/// </summary>
internal static class ShadowComparison
{
    public static async Task RunAsync(TollgateConfig config, IEnvironmentBackend backend, DeploymentRecord deployment, EnvironmentSection environment, StrategySection strategy, string candidateDir, IProgress<string>? progress, CancellationToken ct)
    {
        var shadow = new EnvironmentSection
        {
            Name = environment.Name,
            Gates = [new GateSection { Name = "shadow parity", Parity = new ParityGateSection { Replay = strategy.Mirror, MinAgreement = strategy.MinAgreement } }],
        };
        var report = await new GateEvaluator(config, backend).EvaluateAsync(shadow, candidateDir, ct);
        var result = report.Gates[0];
        progress?.Report((result.Passed ? "  ✓ shadow: " : "  ✗ shadow: ") + result.Message);
        if (result.Passed)
        {
            return;
        }

        await backend.SetStatusAsync(deployment.Id, DeploymentState.Failure, $"shadow comparison failed: {result.Message}", ct);
        throw new CheckFailedException(
            ErrorCodes.RolloutFailed,
            $"{deployment.Model.Name} {deployment.Model.Version} failed its shadow comparison in {environment.Name}: {result.Message}. The running model kept all real traffic.",
            "Inspect the disagreeing requests listed in the message; retrain or relax strategy.minAgreement.");
    }
}
