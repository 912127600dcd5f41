using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Audit;

namespace Tollgate.Core.Ledger;

/// <summary>Folds ledger events into every deployment record (newest first); one fold, <see cref="LedgerState.FoldHistory"/>, for every reader.</summary>
internal static class LedgerProjection
{
    public static IReadOnlyList<DeploymentRecord> Deployments(IEnumerable<LedgerEvent> events) => LedgerState.FoldHistory(events).NewestFirst();

    /// <summary>Approvals and retirements, newest first.</summary>
    public static IReadOnlyList<AuditEntry> Audit(IEnumerable<LedgerEvent> events) => [.. Enumerable.Reverse(LedgerState.FoldHistory(events).Audit)];
}
