using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Audit;

namespace Tollgate.Core.Ledger;

/// <summary>Folds ledger events into deployment records (newest first); one fold, <see cref="LedgerState"/>, for every reader.</summary>
internal static class LedgerProjection
{
    public static IReadOnlyList<DeploymentRecord> Deployments(IEnumerable<LedgerEvent> events) => LedgerState.Fold(events).NewestFirst();

    /// <summary>Approvals and retirements, newest first.</summary>
    public static IReadOnlyList<AuditEntry> Audit(IEnumerable<LedgerEvent> events) => [.. Enumerable.Reverse(LedgerState.Fold(events).Audit)];
}
