using Tollgate.Core.Config;
using Tollgate.Core.Environments.Audit;
using Tollgate.Core.Errors;
using Tollgate.Core.Packaging;

namespace Tollgate.Core.Environments.Rollout;

/// <summary>Restores an earlier good digest to an environment as a new deployment that says why.</summary>
/// <remarks><paramref name="config"/> supplies the environment's role flags (production / transient); without it both are off.</remarks>
public sealed class RollbackService(IEnvironmentBackend backend, IProgress<string>? progress = null, EnvironmentTagger? tagger = null, TollgateConfig? config = null)
{
    /// <summary>Manual rollback: to <paramref name="toVersion"/>, or to the last good digest before the current one.</summary>
    public async Task<DeploymentRecord> RollbackAsync(string environment, string? toVersion, string reason, CancellationToken ct)
    {
        var history = (await DeploymentHistory.ListAsync(backend, environment, ct)).Where(d => d.Environment == environment).ToList();
        var current = EnvironmentState.CurrentOf(history, environment)
            ?? throw new TollgateException(ErrorCodes.RollbackImpossible, $"Nothing runs in '{environment}', so there is nothing to roll back.", "Promote a model first.");
        // Retired versions are never rollback targets.
        var retired = backend is IAuditTrail trail
            ? (await trail.ListAuditAsync(ct)).Where(a => a.Kind == AuditEntry.Retirement).Select(a => a.Model.Digest).ToHashSet(StringComparer.Ordinal)
            : [];
        var wasGood = history.Where(d => d.Model.Digest != current.Model.Digest && d.SucceededAt is not null && !retired.Contains(d.Model.Digest)).ToList();
        var target = toVersion is null
            ? wasGood.FirstOrDefault()
            : wasGood.FirstOrDefault(d => d.Model.Version == toVersion || d.Model.Version.Split('+')[0] == toVersion);
        if (target is null)
        {
            var known = string.Join(", ", wasGood.Select(d => d.Model.Version).Distinct());
            throw new TollgateException(ErrorCodes.RollbackImpossible,
                toVersion is null ? $"'{environment}' has no earlier good version than {current.Model.Version}." : $"Version {toVersion} never ran successfully in '{environment}'.",
                known.Length == 0 ? "There is nothing earlier to return to." : $"Versions that ran there: {known}.");
        }

        return await RestoreAsync(target, environment, $"rollback from {current.Model.Version}: {reason}", ct);
    }

    /// <summary>Records a deployment of <paramref name="target"/>'s exact artifact and makes it current.</summary>
    public async Task<DeploymentRecord> RestoreAsync(DeploymentRecord target, string environment, string why, CancellationToken ct)
    {
        var restored = await backend.CreateDeploymentAsync(new DeploymentRequest
        {
            Environment = environment,
            Model = target.Model,
            Commit = target.Commit,
            Artifacts = target.Artifacts,
            Strategy = "rollback",
            Actor = Actor.FromEnvironment(),
            GateReportDigest = target.GateReportDigest,
            GateSummary = target.GateSummary,
            Description = why,
            ProductionEnvironment = config is not null && EnvironmentRoles.IsProduction(config, environment),
            TransientEnvironment = config is not null && EnvironmentRoles.IsTransient(config, environment),
        }, ct);
        await backend.SetStatusAsync(restored.Id, DeploymentState.InProgress, why, ct);
        restored = await backend.SetStatusAsync(restored.Id, DeploymentState.Success, why, ct);
        if (tagger is not null)
        {
            await tagger.TagAsync(restored, ct);
        }

        progress?.Report($"{environment}: restored {target.Model.Name} {target.Model.Version} (deployment {restored.Id}): {why}");
        return restored;
    }
}
