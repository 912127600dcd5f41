namespace Tollgate.Core.Environments.Audit;

/// <summary>
/// Approvals and retirements kept next to the deployments of a backend (ledger events locally, marker deployments
/// on GitHub). A separate interface so <see cref="IEnvironmentBackend"/> implementations stay source-compatible.
/// </summary>
internal interface IAuditTrail
{
    /// <summary>Appends <paramref name="entry"/> (its <see cref="AuditEntry.At"/> may be replaced by the backend's clock).</summary>
    Task<AuditEntry> RecordAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Every entry, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAuditAsync(CancellationToken cancellationToken);

    /// <summary>The entries about one model digest, newest first; backends override it when that reads less.</summary>
    async Task<IReadOnlyList<AuditEntry>> ListAuditOfAsync(string digest, CancellationToken cancellationToken) =>
        [.. (await ListAuditAsync(cancellationToken).ConfigureAwait(false)).Where(e => e.Model.Digest == digest)];

    /// <summary>The retirements, newest first (rollback skips retired digests); backends override it when that reads less.</summary>
    async Task<IReadOnlyList<AuditEntry>> ListRetirementsAsync(CancellationToken cancellationToken) =>
        [.. (await ListAuditAsync(cancellationToken).ConfigureAwait(false)).Where(e => e.Kind == AuditEntry.Retirement)];
}
