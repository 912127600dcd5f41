using System.Diagnostics;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Environments;

namespace Tollgate.Core.Gates;

/// <summary>Runs all gates of an environment against a candidate, comparing with the model running there.</summary>
internal sealed class GateEvaluator(TollgateConfig config, IEnvironmentBackend backend, TimeProvider? clock = null)
{
    /// <param name="compareWith">The model to compare with; default: the candidate's model running in <paramref name="environment"/>.</param>
    public Task<GateReport> EvaluateAsync(EnvironmentSection environment, string candidateDir, CancellationToken ct, string? currentData = null, DeploymentRecord? compareWith = null) =>
        EvaluateAsync(environment, VerifiedArtifact.Load(candidateDir), ct, currentData, compareWith);

    /// <summary>Runs the gates against a candidate the calling command already loaded and verified.</summary>
    public async Task<GateReport> EvaluateAsync(EnvironmentSection environment, VerifiedArtifact artifact, CancellationToken ct, string? currentData = null, DeploymentRecord? compareWith = null) =>
        await EvaluateAgainstAsync(environment, artifact,
            compareWith ?? EnvironmentState.CurrentOf(await backend.ListDeploymentsAsync(environment.Name, ct), environment.Name, artifact.Manifest.Name), currentData, ct);

    /// <summary>
    /// Runs the gates comparing with <paramref name="current"/> as the caller read it from its snapshot of the backend
    /// (null: nothing runs there yet); the backend is not read again.
    /// </summary>
    public async Task<GateReport> EvaluateAgainstAsync(EnvironmentSection environment, VerifiedArtifact artifact, DeploymentRecord? current, string? currentData, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(artifact);
        var (candidateDir, candidate) = (artifact.Directory, artifact.Manifest);
        var needsBaseline = environment.Gates.Any(g => g.Baseline is not null || g.Schema is not null || g.Parity is not null);
        using var baseline = needsBaseline ? BaselineArtifact.Locate(config, current) : null;
        var context = new GateContext
        {
            Config = config,
            Environment = environment,
            CandidateDir = Path.GetFullPath(candidateDir),
            Candidate = candidate,
            BaselineDir = baseline?.Directory,
            Baseline = baseline?.Manifest,
            CurrentDataOverride = currentData is null ? null : Path.GetFullPath(currentData),
        };
        var holdout = new HoldoutEvaluator(config);
        var results = new List<GateResult>();
        for (var i = 0; i < environment.Gates.Count; i++)
        {
            var gate = GateFactory.Create(environment.Gates[i], $"environments[{environment.Name}].gates[{i}]", holdout);
            var watch = Stopwatch.StartNew();
            var result = await gate.EvaluateAsync(context, ct);
            results.Add(result with { DurationMs = Math.Round(watch.Elapsed.TotalMilliseconds, 1) });
        }

        return new GateReport
        {
            Environment = environment.Name,
            Candidate = new ModelRef(candidate.Name, candidate.Version, candidate.Digest),
            Baseline = baseline is null ? null : new ModelRef(baseline.Manifest.Name, baseline.Manifest.Version, baseline.Manifest.Digest),
            Gates = results,
            EvaluatedAt = (clock ?? TimeProvider.System).GetUtcNow(),
        };
    }
}
