using System.Globalization;
using Octokit;
using Tollgate.Core.Environments.Audit;
using Tollgate.Core.Util;

namespace Tollgate.Core.Environments.GitHub;

/// <summary>
/// The attestation digest as a status on the promoted deployment itself (payloads are immutable once created, and the
/// attestation records the state after the promotion): same state, no auto-inactivation, description
/// <c>tollgate:attestation env=- by=- | sha256:…</c> (105 characters, inside GitHub's 140). Read like audit records but
/// kept out of the audit trail. GitHub keeps only the digest; the bundle travels as an OCI referrer in the registry.
/// </summary>
internal sealed partial class GitHubEnvironmentBackend : IAttestationLog
{
    internal const string AttestationKind = "attestation";

    /// <inheritdoc />
    public async Task RecordAttestationAsync(DeploymentRecord deployment, string digest, byte[] bundle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        var host = await GetTollgateDeploymentAsync(deployment.Id, cancellationToken).ConfigureAwait(false);
        var statuses = await StatusesAsync(host.Id, cancellationToken).ConfigureAwait(false);
        var status = new NewDeploymentStatus(GitHubStates.ToGitHub(statuses.Count > 0 ? statuses[^1].State : DeploymentState.Queued))
        {
            Description = AuditStatus.Describe(AttestationKind, null, "-", digest),
            LogUrl = deployment.Actor.RunUrl,
            AutoInactive = false, // the same state again: no deployment may change because of a record
        };
        var created = await retry.RunAsync($"record the attestation of deployment {deployment.Id}",
            () => writes.RunAsync(() => client.Repository.Deployment.Status.Create(settings.Owner, settings.Repository, host.Id, status), cancellationToken),
            cancellationToken).ConfigureAwait(false);
        await PaceAsync(cancellationToken).ConfigureAwait(false);
        if (!auditStatuses.TryGetValue(host.Id, out var records))
        {
            auditStatuses[host.Id] = records = [];
        }

        records.Add(ToAuditEntry(host, created)!);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RecordedAttestation>> ListAttestationsAsync(CancellationToken cancellationToken)
    {
        while (await ReadNextPageAsync(cancellationToken).ConfigureAwait(false))
        {
        }

        var found = new List<(DateTimeOffset At, RecordedAttestation Record)>();
        foreach (var deployment in snapshot.ToList())
        {
            await StatusesAsync(deployment.Id, cancellationToken).ConfigureAwait(false);
            var id = deployment.Id.ToString(CultureInfo.InvariantCulture);
            found.AddRange((auditStatuses.TryGetValue(deployment.Id, out var records) ? records : [])
                .Where(r => r.Kind == AttestationKind && r.Comment is { } c && c.StartsWith(Hashing.Prefix, StringComparison.Ordinal))
                .Select(r => (r.At, new RecordedAttestation(id, r.Comment!, null, $"{settings.Slug} deployment {id}"))));
        }

        return [.. found.OrderBy(f => f.At).Select(f => f.Record)];
    }
}
