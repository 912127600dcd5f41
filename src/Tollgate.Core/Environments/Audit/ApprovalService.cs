using Tollgate.Core.Config;

namespace Tollgate.Core.Environments.Audit;

/// <summary>
/// Tollgate's own approval checkpoint: <c>environments[].approvals</c> names the approvers and how many distinct
/// ones must approve a digest before a promotion may create its deployment there.
/// </summary>
internal sealed class ApprovalService(TollgateConfig config, IEnvironmentBackend backend, TimeProvider? clock = null)
{
    private readonly IAuditTrail trail = AuditTrails.Of(backend);

    /// <summary>Records <paramref name="actor"/>'s approval of NAME@VERSION for <paramref name="environment"/>; approving twice records once.</summary>
    public async Task<ApprovalStatus> ApproveAsync(Identity.ModelSpec spec, string environment, Actor actor, string? comment, CancellationToken ct)
    {
        var policy = PolicyOf(environment) ?? throw new TollgateException(ErrorCodes.ApprovalsNotConfigured,
            $"Environment '{environment}' requires no approvals in {config.SourcePath}, so there is nothing to approve.",
            $"Add 'approvals: {{ required: 1, approvers: [...] }}' to environment '{environment}', or just promote.");
        if (!IsApprover(policy, actor.User))
        {
            throw new TollgateException(ErrorCodes.ApproverNotAllowed,
                $"'{actor.User}' may not approve promotions to '{environment}'.",
                $"Ask one of: {string.Join(", ", policy.Approvers)} (environments[{environment}].approvals.approvers in {config.SourcePath}).");
        }

        // Usually a version live or pending somewhere (the live state); an older one is looked up in every deployment.
        var (name, version) = (spec.Expect("approve", Identity.ModelSelector.Version).Name, spec.Selector);
        var deployment = DeployedVersions.Find(await backend.ListDeploymentsAsync(null, ct), name, version)
            ?? DeployedVersions.Require(await DeploymentHistory.ListEveryAsync(backend, ct), spec, "approve");
        var existing = await ApprovalsOfAsync(environment, deployment.Model.Digest, policy, ct);
        if (!existing.Any(e => Same(e.Actor.User, actor.User)))
        {
            await trail.RecordAsync(new AuditEntry
            {
                Kind = AuditEntry.Approval, Model = deployment.Model, Environment = environment, Actor = actor,
                At = (clock ?? TimeProvider.System).GetUtcNow(), Comment = comment, Commit = deployment.Commit,
            }, ct);
            existing = await ApprovalsOfAsync(environment, deployment.Model.Digest, policy, ct);
        }

        return new ApprovalStatus(deployment.Model, environment, existing, policy.Required);
    }

    /// <summary>Throws (exit 1) unless enough distinct allowed approvers approved <paramref name="model"/> for <paramref name="environment"/>.</summary>
    public async Task<ApprovalStatus?> RequireAsync(string environment, ModelRef model, CancellationToken ct)
    {
        if (PolicyOf(environment) is not { } policy)
        {
            return null;
        }

        var status = new ApprovalStatus(model, environment, await ApprovalsOfAsync(environment, model.Digest, policy, ct), policy.Required);
        if (status.Missing > 0)
        {
            var have = status.Approvals.Count == 0 ? "none yet" : string.Join(", ", status.Approvals.Select(a => a.Actor.User));
            throw new CheckFailedException(ErrorCodes.ApprovalRequired,
                $"{model.Name} {model.Version} needs {status.Missing} more approval(s) before it may enter '{environment}' ({status.Approvals.Count} of {policy.Required}; approved by: {have}); '{environment}' is unchanged.",
                $"One of {string.Join(", ", policy.Approvers)} runs: tollgate approve {model.Name}@{model.Version} --environment {environment}");
        }

        return status;
    }

    private ApprovalsSection? PolicyOf(string environment)
    {
        var section = config.Environments.FirstOrDefault(e => e.Name == environment)?.Approvals;
        if (section is not null && (section.Required < 1 || section.Required > section.Approvers.Count))
        {
            throw new TollgateException(ErrorCodes.ConfigInvalid,
                $"{config.SourcePath}: environments[{environment}].approvals.required is {section.Required} but {section.Approvers.Count} approver(s) are listed.",
                "Set required between 1 and the number of approvers.");
        }

        return section;
    }

    // Only approvers still on the list count: removing someone from tollgate.yml withdraws their approvals.
    private async Task<IReadOnlyList<AuditEntry>> ApprovalsOfAsync(string environment, string digest, ApprovalsSection policy, CancellationToken ct) =>
        [.. (await trail.ListAuditOfAsync(digest, ct))
            .Where(e => e.Kind == AuditEntry.Approval && e.Environment == environment && e.Model.Digest == digest && IsApprover(policy, e.Actor.User))
            .GroupBy(e => e.Actor.User, StringComparer.OrdinalIgnoreCase).Select(g => g.Last())
            .OrderBy(e => e.At)];

    private static bool IsApprover(ApprovalsSection policy, string user) => policy.Approvers.Any(a => Same(a, user));

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
