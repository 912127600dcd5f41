using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Environments.Audit;
using Tollgate.Core.Environments.Rollout;
using Tollgate.Core.Gates;
using Tollgate.Core.Logging;
using Tollgate.Core.Packaging;

namespace Tollgate.Core.Environments;

/// <summary>
/// Moves one exact artifact (by digest) into an environment: checks the edge, runs the gates, then
/// records queued → in_progress → success. A failing gate or edge leaves the environment untouched.
/// </summary>
public sealed class PromotionService
{
    private readonly TollgateConfig config;
    private readonly IEnvironmentBackend backend;
    private readonly IProgress<string>? progress;

    /// <summary>A promotion service over the backend <paramref name="config"/> names (<c>backend:</c> in tollgate.yml).</summary>
    /// <param name="config">The loaded tollgate.yml.</param>
    /// <param name="progress">Receives progress lines (an <see cref="Logging.ITollgateLog"/> also gets warnings and annotations); null discards them.</param>
    public PromotionService(TollgateConfig config, IProgress<string>? progress = null)
        : this(config, BackendFactory.Create(config ?? throw new ArgumentNullException(nameof(config))), progress)
    {
    }

    internal PromotionService(TollgateConfig config, IEnvironmentBackend backend, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(backend);
        (this.config, this.backend, this.progress) = (config, backend, progress);
    }

    /// <summary>Loads and verifies the artifact in <paramref name="artifactDir"/>, then promotes it (see the other overload).</summary>
    /// <param name="artifactDir">The artifact folder.</param>
    /// <param name="environment">A configured environment's name.</param>
    /// <param name="options">Strategy, actor, published references.</param>
    /// <param name="ct">Cancels the promotion.</param>
    /// <returns>The outcome and the deployment now current; a failing gate or edge throws <see cref="Errors.CheckFailedException"/>.</returns>
    public Task<PromotionResult> PromoteAsync(string artifactDir, string environment, PromotionOptions options, CancellationToken ct) =>
        PromoteAsync(VerifiedArtifact.Load(artifactDir), environment, options, ct);

    /// <summary>
    /// Promotes an artifact the calling command loaded and verified once; every step below uses it and one listing of
    /// the backend's deployments (listed again only when a resumed rollback changed them).
    /// </summary>
    /// <param name="artifact">The artifact, loaded with <see cref="VerifiedArtifact.Load(string)"/>.</param>
    /// <param name="environment">A configured environment's name.</param>
    /// <param name="options">Strategy, actor, published references.</param>
    /// <param name="ct">Cancels the promotion.</param>
    /// <returns>The outcome and the deployment now current; a failing gate or edge throws <see cref="Errors.CheckFailedException"/>.</returns>
    public async Task<PromotionResult> PromoteAsync(VerifiedArtifact artifact, string environment, PromotionOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        ArgumentNullException.ThrowIfNull(options);
        var target = config.Environment(environment);
        var (artifactDir, manifest) = (artifact.Directory, artifact.Manifest);
        var model = new ModelRef(manifest.Name, manifest.Version, manifest.Digest);
        var tagger = new EnvironmentTagger(config, progress);
        var deployments = options.Deployments ?? await backend.ListDeploymentsAsync(null, ct);
        if (await new RollbackService(backend, progress, tagger, config).ResumePendingAsync(environment, ct, deployments) is not null)
        {
            deployments = await backend.ListDeploymentsAsync(null, ct); // a rollback a killed run left was completed: state moved
        }

        // What this model runs there now: other models may share the environment name and stay live beside it.
        var current = EnvironmentState.CurrentOf(deployments, environment, model.Name);
        if (current?.Model.Digest == model.Digest)
        {
            // A run killed after the ledger recorded success may not have moved the environment's tags: converge them.
            await tagger.TagAsync(current, ct);
            await new Trust.AttestationRecorder(config, backend, progress).RecoverAsync(artifactDir, manifest, current, ct);
            progress?.Report($"{model.Name} {model.Version} already runs in {environment} (deployment {current.Id}); nothing to do.");
            return new PromotionResult(PromotionResult.AlreadyCurrent, current, null, null);
        }

        // A promotion that died after creating its deployment is completed, not duplicated.
        var pending = deployments.FirstOrDefault(d => d.Environment == environment && d.Model.Digest == model.Digest
            && d.State is DeploymentState.Queued or DeploymentState.InProgress);
        // From here this run decides anew: an older verdict must not stay on disk looking like this run's
        // (a resumed run keeps the reports its deployment recorded; ValidationService checks them by digest).
        // (a passing report whose gate inputs are unchanged is kept too: ValidationService reuses it).
        var validationOptions = new ValidationOptions
        {
            CurrentData = options.CurrentData, RecordedReportDigest = pending?.GateReportDigest, RerunGates = options.RerunGates, Deployments = deployments,
        };
        var validator = new ValidationService(config, backend, TollgateLog.From(progress));
        if (pending is null && !await validator.WouldReuseAsync(environment, artifact, validationOptions, ct))
        {
            Reports.ReportWriter.Retract(config.Resolve(config.Reports), target.Name);
        }

        CheckEdge(deployments, target, manifest);
        if (target.Promotion == "retrain" && target.Retrain.Parity is { } parity)
        {
            await CheckRetrainParityAsync(deployments, target, parity, artifact, ct);
        }
        var signature = await new Trust.TrustPolicy(config, backend, progress).CheckAsync(target, model, artifactDir, ct); // requireSignature / requireAttestation
        var actor = options.Actor ?? Actor.FromEnvironment();
        var retired = await CheckNotRetiredAsync(model, environment, options.Force, ct);
        var strategy = options.Strategy is null ? target.Strategy : new StrategySection
        {
            Kind = options.Strategy, Steps = target.Strategy.Steps, Interval = target.Strategy.Interval, Health = target.Strategy.Health,
            Mirror = target.Strategy.Mirror, MinAgreement = target.Strategy.MinAgreement,
        };
        // Resuming keeps the reports the crashed run recorded (by digest) with its deployment.
        var validation = await validator.ValidateAsync(environment, artifact, validationOptions, ct);
        var (report, reportPath) = (validation.Report, validation.Reports);
        if (!report.Passed)
        {
            var failed = report.Gates.Where(g => !g.Passed && g.Severity != "warn").Select(g => g.Message);
            throw new CheckFailedException(ErrorCodes.GateFailed,
                $"{model.Name} {model.Version} may not enter {environment}; {environment} is unchanged. " + string.Join("; ", failed),
                $"Improve the model or change the gate in {config.SourcePath}. Report: {reportPath.Html}")
            { Verdict = validation.Verdict, ReportPath = reportPath.Json };
        }

        var outcome = pending is null ? PromotionResult.Promoted : PromotionResult.Resumed;
        // Checked on resume too: an approval withdrawn after a crashed run must still stop the promotion.
        var approvals = await new ApprovalService(config, backend).RequireAsync(environment, model, ct);
        var approvedBy = approvals is null ? "" : $" (approved by {string.Join(", ", approvals.Approvals.Select(a => a.Actor.User))})";
        if (pending is null && retired is not null)
        {
            await AuditTrails.Of(backend).RecordAsync(new AuditEntry
            {
                Kind = AuditEntry.ForcedPromotion, Model = model, Environment = environment, Actor = actor, At = DateTimeOffset.UtcNow,
                Comment = $"--force past retirement ({retired.Comment})", Commit = manifest.Lineage.Commit,
            }, ct);
        }

        var deployment = pending ?? await backend.CreateDeploymentAsync(new DeploymentRequest
        {
            Environment = environment,
            Model = model,
            Commit = manifest.Lineage.Commit,
            Artifacts = options.Artifacts,
            Strategy = strategy.Kind,
            TrafficShare = strategy.Kind == "canary" && strategy.Steps.Count > 0 ? strategy.Steps[0] / 100 : 1.0,
            Actor = actor,
            GateReportDigest = reportPath.JsonDigest,
            GateSummary = report.Summary,
            Description = $"Promote {model.Name} {model.Version} to {environment}{approvedBy}{(retired is null ? "" : " (forced past retirement)")}",
            ProductionEnvironment = EnvironmentRoles.IsProduction(config, environment),
            TransientEnvironment = EnvironmentRoles.IsTransient(config, environment),
            RequiredContexts = target.RequiredContexts,
            ExpectedCurrentDeploymentId = current?.Id ?? DeploymentRequest.NoCurrent,
        }, ct);
        if (deployment.State == DeploymentState.Queued)
        {
            deployment = await backend.SetStatusAsync(deployment.Id, DeploymentState.InProgress, $"rolling out ({strategy.Kind})", ct);
        }

        deployment = await new RolloutExecutor(config, backend, progress, options.Http).RunAsync(deployment, target, strategy, current, ct, artifactDir);
        await tagger.TagAsync(deployment, ct);
        if (deployment.State == DeploymentState.Success)
        {
            await new Trust.AttestationRecorder(config, backend, progress).RecordAsync(new(manifest, deployment, report, reportPath.JsonDigest, approvals, current, signature), ct);
        }

        progress?.Report($"{model.Name} {model.Version} promoted to {environment} (deployment {deployment.Id}, digest {model.Digest}).");
        return new PromotionResult(outcome, deployment, report, reportPath.Json);
    }

    /// <summary><c>promotion: retrain</c> with <c>retrain.parity</c>: the retrained model's predictions must match the previous environment's model.</summary>
    private async Task CheckRetrainParityAsync(IReadOnlyList<DeploymentRecord> deployments, EnvironmentSection target, ParityGateSection parity, VerifiedArtifact artifact, CancellationToken ct)
    {
        var previous = config.Environments[config.Environments.IndexOf(target) - 1].Name;
        var check = new EnvironmentSection { Name = target.Name, Gates = [new GateSection { Name = $"retrain parity vs {previous}", Parity = parity, AllowFirstDeployment = false }] };
        var report = await new GateEvaluator(config, backend).EvaluateAsync(check, artifact, ct, compareWith: EnvironmentState.CurrentOf(deployments, previous, artifact.Manifest.Name));
        var result = report.Gates[0];
        progress?.Report((result.Passed ? "  ✓ " : "  ✗ ") + result.Message);
        if (!result.Passed)
        {
            throw new CheckFailedException(ErrorCodes.RetrainedModelWorse,
                $"The retrained {report.Candidate.Name} {report.Candidate.Version} does not match the model live in '{previous}': {result.Message}. '{target.Name}' is unchanged.",
                $"Fix the retraining, or relax environments[{target.Name}].retrain.parity in {config.SourcePath}.");
        }
    }

    /// <summary>A retired digest may not enter any environment unless forced; returns its retirement when forced.</summary>
    private async Task<AuditEntry?> CheckNotRetiredAsync(ModelRef model, string environment, bool force, CancellationToken ct)
    {
        if (backend is not IAuditTrail trail || AuditTrails.RetirementOf(await trail.ListAuditOfAsync(model.Digest, ct), model.Digest) is not { } retirement)
        {
            return null;
        }

        if (!force)
        {
            throw new TollgateException(ErrorCodes.VersionRetired,
                $"{model.Name} {model.Version} was retired on {retirement.At:u} by {retirement.Actor.User} ({retirement.Comment}); it may not enter '{environment}'.",
                $"Promote a newer version, or pass --force to promote it anyway (the override is recorded in the audit trail).");
        }

        progress?.Report($"  ! {model.Name} {model.Version} is retired ({retirement.Comment}); promoting anyway because of --force.");
        return retirement;
    }

    /// <summary>
    /// Environments form a chain; entering one needs the digest to be live in the one before it (transit), or, with
    /// <c>promotion: retrain</c>, a retrained model no worse than the one live there.
    /// </summary>
    private void CheckEdge(IReadOnlyList<DeploymentRecord> deployments, EnvironmentSection target, Artifacts.ModelManifest manifest)
    {
        var environment = target.Name;
        var index = config.Environments.FindIndex(e => e.Name == environment);
        if (index == 0)
        {
            return;
        }

        var previous = config.Environments[index - 1].Name;
        var there = EnvironmentState.CurrentOf(deployments, previous, manifest.Name);
        switch (target.Promotion)
        {
            case "retrain":
                RetrainComparison.Check(config, target, there, previous, manifest);
                return;
            case "transit":
                break;
            default:
                throw new TollgateException(ErrorCodes.ConfigInvalid, $"{config.SourcePath}: environments[{environment}].promotion '{target.Promotion}' is unknown.", "Use transit (default) or retrain.");
        }

        if (there?.Model.Digest != manifest.Digest)
        {
            throw new TollgateException(
                ErrorCodes.PromotionEdge,
                $"{manifest.Name} {manifest.Version} ({manifest.Digest}) is not live in '{previous}', so it cannot enter '{environment}' (allowed edge: {previous} → {environment}).",
                $"Promote it to '{previous}' first: tollgate promote --environment {previous}.");
        }
    }
}
