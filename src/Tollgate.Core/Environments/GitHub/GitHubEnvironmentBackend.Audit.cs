using Octokit;
using Tollgate.Core.Environments.Audit;

namespace Tollgate.Core.Environments.GitHub;

/// <summary>
/// The audit trail on GitHub: each approval, retirement or forced promotion is a deployment status (see
/// <see cref="AuditStatus"/>) on Tollgate's own deployment of the same digest — in the record's environment when there is
/// one, else the newest anywhere. A status creates no environment and no deployment, so nothing extra appears where people
/// read deployments, and it keeps its deployment's state, so it never changes which one is current. The contract's review
/// APIs (pending_deployments) need an Actions run id, which Tollgate outside a workflow does not have.
/// Records written by older versions as <c>tollgate:audit</c> deployments are still read (see the LegacyAudit part).
/// </summary>
internal sealed partial class GitHubEnvironmentBackend : IAuditTrail
{
    // Audit statuses per deployment id, filled whenever that deployment's statuses are read (see StatusesAsync).
    private readonly Dictionary<long, List<AuditEntry>> auditStatuses = [];

    /// <inheritdoc />
    public async Task<AuditEntry> RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var host = await AuditHostAsync(entry.Model.Digest, entry.Environment, cancellationToken).ConfigureAwait(false)
            ?? throw new TollgateException(ErrorCodes.GitHubAuditHostMissing,
                $"{entry.Model.Name}@{entry.Model.Version} has no Tollgate deployment in {settings.Slug} to hold the {entry.Kind} record.",
                "Promote it into its first environment before approving or retiring it.");
        var statuses = await StatusesAsync(host.Id, cancellationToken).ConfigureAwait(false);
        var status = new NewDeploymentStatus(GitHubStates.ToGitHub(statuses.Count > 0 ? statuses[^1].State : DeploymentState.Queued))
        {
            Description = Trim(AuditStatus.Describe(entry.Kind, entry.Environment, entry.Actor.User, entry.Comment)),
            LogUrl = entry.Actor.RunUrl,
            AutoInactive = false, // the same state again: no other deployment may change because of a record
        };
        var created = await retry.RunAsync($"record the {entry.Kind} of {entry.Model.Name}@{entry.Model.Version}",
            () => writes.RunAsync(() => client.Repository.Deployment.Status.Create(settings.Owner, settings.Repository, host.Id, status), cancellationToken),
            cancellationToken).ConfigureAwait(false);
        await PaceAsync(cancellationToken).ConfigureAwait(false);
        var recorded = ToAuditEntry(host, created)!;
        if (!auditStatuses.TryGetValue(host.Id, out var records))
        {
            auditStatuses[host.Id] = records = [];
        }

        records.Add(recorded);
        return recorded;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(CancellationToken cancellationToken) => ReadAuditAsync(null, cancellationToken);

    /// <summary>Only the statuses of the digest's own deployments are read: a promotion's retirement check stays cheap.</summary>
    public Task<IReadOnlyList<AuditEntry>> ListAuditOfAsync(string digest, CancellationToken cancellationToken) => ReadAuditAsync(digest, cancellationToken);

    private async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(string? digest, CancellationToken cancellationToken)
    {
        while (await ReadNextPageAsync(cancellationToken).ConfigureAwait(false))
        {
        }

        var result = new List<AuditEntry>(await ListLegacyAuditAsync(cancellationToken).ConfigureAwait(false));
        foreach (var deployment in snapshot.Where(d => digest is null || d.Payload["digest"] == digest).ToList())
        {
            await StatusesAsync(deployment.Id, cancellationToken).ConfigureAwait(false);
            result.AddRange(auditStatuses.TryGetValue(deployment.Id, out var records) ? records.Where(r => r.Kind != AttestationKind) : []);
        }

        return [.. result.Where(e => digest is null || e.Model.Digest == digest).OrderByDescending(e => e.At)];
    }

    private async Task<Deployment?> AuditHostAsync(string digest, string? environment, CancellationToken cancellationToken)
    {
        while (await ReadNextPageAsync(cancellationToken).ConfigureAwait(false))
        {
        }

        var mine = snapshot.Where(d => d.Payload["digest"] == digest).ToList(); // newest first
        return mine.FirstOrDefault(d => environment is not null && SameEnvironment(d, environment)) ?? mine.FirstOrDefault();
    }

    /// <summary>Keeps the audit statuses of <paramref name="deploymentId"/> apart; returns the others (its real state history).</summary>
    private List<DeploymentStatus> SeparateAudit(long deploymentId, IEnumerable<DeploymentStatus> statuses)
    {
        var host = snapshot.FirstOrDefault(d => d.Id == deploymentId);
        var all = statuses.ToList();
        auditStatuses[deploymentId] = host is null ? [] : [.. all.Select(s => ToAuditEntry(host, s)).OfType<AuditEntry>()];
        return [.. all.Where(s => !AuditStatus.IsAudit(s.Description))];
    }

    private static AuditEntry? ToAuditEntry(Deployment host, DeploymentStatus status) =>
        AuditStatus.TryParse(status.Description, out var audit)
            ? new AuditEntry
            {
                Kind = audit.Kind,
                Model = new ModelRef(host.Payload["model"], host.Payload["version"], host.Payload["digest"]),
                Environment = audit.Environment,
                Actor = new Actor(audit.Actor, string.IsNullOrEmpty(status.LogUrl) ? null : status.LogUrl),
                At = status.CreatedAt,
                Comment = audit.Comment,
                Commit = host.Sha,
            }
            : null;
}
