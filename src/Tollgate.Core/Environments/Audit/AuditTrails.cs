namespace Tollgate.Core.Environments.Audit;

/// <summary>Gets the audit trail of a backend; both built-in backends have one.</summary>
internal static class AuditTrails
{
    public static IAuditTrail Of(IEnvironmentBackend backend) =>
        backend as IAuditTrail ?? throw new TollgateException(ErrorCodes.ConfigInvalid,
            $"The '{backend.Kind}' backend keeps no audit trail, so approvals and retirements cannot be recorded.",
            "Use backend.kind local or github in tollgate.yml.");

    /// <summary>Whether the digest is retired (its latest retirement is the newest say on it).</summary>
    public static AuditEntry? RetirementOf(IEnumerable<AuditEntry> newestFirst, string digest) =>
        newestFirst.FirstOrDefault(e => e.Kind == AuditEntry.Retirement && e.Model.Digest == digest);
}
