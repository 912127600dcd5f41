using Tollgate.Core.Config;
using Tollgate.Core.Environments.Audit;
using Tollgate.Core.Packaging;

namespace Tollgate.Core.Environments.Rollout;

/// <summary>
/// Restores an earlier good digest to an environment as a new deployment that says why. A rollback is a promotion: it is
/// compare-and-swap (it loses cleanly, TOLLGATE0315, to a deployment that became current after it read the environment),
/// resumable (a rollback killed half-way is completed by the next rollback or promotion of that environment) and idempotent
/// (re-running a finished rollback only converges the environment's tags).
/// </summary>
/// <remarks>
/// The configuration supplies the model (<c>model.name</c>) and the environment's role flags (production / transient);
/// without it both flags are off and the model is the one that went live last in the environment. A rollback only ever looks
/// at that model's deployments: other models sharing the environment name are neither touched nor rollback targets.
/// </remarks>
public sealed class RollbackService
{
    private readonly IEnvironmentBackend backend;
    private readonly IProgress<string>? progress;
    private readonly EnvironmentTagger? tagger;
    private readonly TollgateConfig? config;
    private readonly Trust.TrustPolicy? policy;

    /// <summary>
    /// A rollback service as <c>tollgate rollback</c> builds it: the backend <paramref name="config"/> names, environment
    /// tags moved in the configured OCI layouts, and the environments' signature / attestation requirements checked.
    /// </summary>
    /// <param name="config">The loaded tollgate.yml.</param>
    /// <param name="progress">Receives progress lines; null discards them.</param>
    public RollbackService(TollgateConfig config, IProgress<string>? progress = null)
        : this(config ?? throw new ArgumentNullException(nameof(config)), BackendFactory.Create(config), progress)
    {
    }

    private RollbackService(TollgateConfig config, IEnvironmentBackend backend, IProgress<string>? progress)
        : this(backend, progress, new EnvironmentTagger(config, progress), config, new Trust.TrustPolicy(config, backend, progress))
    {
    }

    internal RollbackService(IEnvironmentBackend backend, IProgress<string>? progress = null, EnvironmentTagger? tagger = null, TollgateConfig? config = null, Trust.TrustPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(backend);
        (this.backend, this.progress, this.tagger, this.config, this.policy) = (backend, progress, tagger, config, policy);
    }

    /// <summary>The strategy recorded on rollback deployments (manual and automatic).</summary>
    public const string Strategy = "rollback";

    /// <summary>Manual rollback: to <paramref name="toVersion"/>, or to the last good digest before the current one.</summary>
    /// <param name="environment">A configured environment's name.</param>
    /// <param name="toVersion">The version to restore; null restores the last good one before the current.</param>
    /// <param name="reason">Why, recorded with the new deployment.</param>
    /// <param name="ct">Cancels the rollback.</param>
    /// <returns>What the rollback did and the deployment now current.</returns>
    public async Task<RollbackResult> RollbackAsync(string environment, string? toVersion, string reason, CancellationToken ct)
    {
        if (await ResumePendingAsync(environment, ct) is { } resumed && (toVersion is null || IsVersion(resumed, toVersion)))
        {
            return new RollbackResult(RollbackResult.Resumed, resumed);
        }

        // The live state's last good deployments answer most rollbacks; a miss there is looked up in the whole history.
        var (recent, complete) = await DeploymentHistory.ListRecentAsync(backend, environment, ct);
        var model = config?.Model.Name ?? EnvironmentState.CurrentOf(recent, environment)?.Model.Name;
        var history = recent.Where(d => d.Environment == environment && d.Model.Name == model).ToList();
        var current = EnvironmentState.CurrentOf(history, environment, model)
            ?? throw new TollgateException(ErrorCodes.RollbackImpossible, $"Nothing runs in '{environment}'{(model is null ? "" : " for " + model)}, so there is nothing to roll back.", "Promote a model first.");
        if (toVersion is null ? current.Strategy == Strategy : IsVersion(current, toVersion))
        {
            // A re-run (perhaps after a kill between the success and the tag move) must not roll back a second time.
            await TagAsync(current, ct);
            progress?.Report($"{environment}: {current.Model.Name} {current.Model.Version} already runs there (deployment {current.Id}: {current.Description}); nothing to do."
                + (toVersion is null ? " To go further back, name the version with --to VERSION." : ""));
            return new RollbackResult(RollbackResult.AlreadyCurrent, current);
        }

        // Retired versions are never rollback targets.
        var retired = backend is IAuditTrail trail
            ? (await trail.ListRetirementsAsync(ct)).Select(a => a.Model.Digest).ToHashSet(StringComparer.Ordinal)
            : [];
        List<DeploymentRecord> WasGood() => history.Where(d => d.Model.Digest != current.Model.Digest && d.SucceededAt is not null && !retired.Contains(d.Model.Digest)).ToList();
        DeploymentRecord? Target(List<DeploymentRecord> good) => toVersion is null ? good.FirstOrDefault() : good.FirstOrDefault(d => IsVersion(d, toVersion));
        var wasGood = WasGood();
        var target = Target(wasGood);
        if (target is null && !complete)
        {
            history = (await DeploymentHistory.ListAsync(backend, environment, ct)).Where(d => d.Environment == environment && d.Model.Name == model).ToList();
            wasGood = WasGood();
            target = Target(wasGood);
        }

        if (target is null)
        {
            var known = string.Join(", ", wasGood.Select(d => d.Model.Version).Distinct());
            throw new TollgateException(ErrorCodes.RollbackImpossible,
                toVersion is null ? $"'{environment}' has no earlier good version than {current.Model.Version}." : $"Version {toVersion} never ran successfully in '{environment}'.",
                known.Length == 0 ? "There is nothing earlier to return to." : $"Versions that ran there: {known}.");
        }

        await (policy?.CheckRollbackAsync(environment, target.Model, ct) ?? Task.CompletedTask); // requireSignature / requireAttestation re-verify the target
        var restored = await RestoreAsync(target, environment, $"rollback from {current.Model.Version}: {reason}", current.Id, ct);
        return new RollbackResult(RollbackResult.RolledBack, restored);
    }

    /// <summary>
    /// Records a deployment of <paramref name="target"/>'s exact artifact and makes it current, provided the environment's
    /// current deployment is still <paramref name="expectedCurrentId"/> (null: the environment was empty).
    /// </summary>
    internal async Task<DeploymentRecord> RestoreAsync(DeploymentRecord target, string environment, string why, string? expectedCurrentId, CancellationToken ct)
    {
        var restored = await backend.CreateDeploymentAsync(new DeploymentRequest
        {
            Environment = environment,
            Model = target.Model,
            Commit = target.Commit,
            Artifacts = target.Artifacts,
            Strategy = Strategy,
            Actor = Actor.FromEnvironment(),
            GateReportDigest = target.GateReportDigest,
            GateSummary = target.GateSummary,
            Description = why,
            ProductionEnvironment = config is not null && EnvironmentRoles.IsProduction(config, environment),
            TransientEnvironment = config is not null && EnvironmentRoles.IsTransient(config, environment),
            ExpectedCurrentDeploymentId = expectedCurrentId ?? DeploymentRequest.NoCurrent,
        }, ct);
        return await CompleteAsync(restored, ct);
    }

    /// <summary>
    /// Completes the rollbacks of <paramref name="environment"/> (of the configured model, when there is a config) that a killed
    /// run left queued or in progress (oldest first);
    /// one that lost its race meanwhile is marked failed. Returns the last one completed, or null.
    /// </summary>
    /// <param name="known">The deployments the calling command already listed (newest first); null lists them.</param>
    internal async Task<DeploymentRecord?> ResumePendingAsync(string environment, CancellationToken ct, IReadOnlyList<DeploymentRecord>? known = null)
    {
        var pending = (known ?? await backend.ListDeploymentsAsync(environment, ct))
            .Where(d => d.Environment == environment && (config is null || d.Model.Name == config.Model.Name)
                && d.Strategy == Strategy && d.State is DeploymentState.Queued or DeploymentState.InProgress)
            .Reverse().ToList();
        DeploymentRecord? completed = null;
        foreach (var d in pending)
        {
            progress?.Report($"{environment}: resuming rollback deployment {d.Id} ({d.Description}) left unfinished by an earlier run.");
            try
            {
                completed = await CompleteAsync(d, ct);
            }
            catch (CheckFailedException ex) when (ex.Code == ErrorCodes.PromotionRaceLost)
            {
                progress?.Report($"  ! rollback deployment {d.Id} is obsolete: {ex.Message}");
            }
        }

        return completed;
    }

    private async Task<DeploymentRecord> CompleteAsync(DeploymentRecord deployment, CancellationToken ct)
    {
        var why = deployment.Description ?? Strategy;
        if (deployment.State == DeploymentState.Queued)
        {
            await backend.SetStatusAsync(deployment.Id, DeploymentState.InProgress, why, ct);
        }

        var restored = await backend.SetStatusAsync(deployment.Id, DeploymentState.Success, why, ct);
        await TagAsync(restored, ct);
        progress?.Report($"{restored.Environment}: restored {restored.Model.Name} {restored.Model.Version} (deployment {restored.Id}): {why}");
        return restored;
    }

    private Task TagAsync(DeploymentRecord deployment, CancellationToken ct) => tagger is null ? Task.CompletedTask : tagger.TagAsync(deployment, ct);

    private static bool IsVersion(DeploymentRecord d, string version) => d.Model.Version == version || d.Model.Version.Split('+')[0] == version;
}
