using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Audit;

namespace Tollgate.Core.Ledger;

/// <summary>Folds ledger events into deployment records (newest first).</summary>
public static class LedgerProjection
{
    public static IReadOnlyList<DeploymentRecord> Deployments(IEnumerable<LedgerEvent> events)
    {
        var records = new Dictionary<string, DeploymentRecord>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var e in events)
        {
            if (e.Type == LedgerEvent.Created && e.Request is { } r)
            {
                records[e.DeploymentId] = new DeploymentRecord
                {
                    Id = e.DeploymentId,
                    Environment = r.Environment,
                    Model = r.Model,
                    Commit = r.Commit,
                    Artifacts = r.Artifacts,
                    Strategy = r.Strategy,
                    TrafficShare = r.TrafficShare,
                    Actor = r.Actor,
                    CreatedAt = e.At,
                    GateReportDigest = r.GateReportDigest,
                    GateSummary = r.GateSummary,
                    Description = r.Description,
                    Statuses = [new StatusEntry(DeploymentState.Queued, e.At, r.Description)],
                };
                order.Add(e.DeploymentId);
            }
            else if (e.Type == LedgerEvent.Status && e.State is { } state && records.TryGetValue(e.DeploymentId, out var record))
            {
                records[e.DeploymentId] = record with { Statuses = [.. record.Statuses, new StatusEntry(state, e.At, e.Description)] };
            }
        }

        return order.AsEnumerable().Reverse().Select(id => records[id]).ToList();
    }

    /// <summary>Approvals and retirements, newest first.</summary>
    public static IReadOnlyList<AuditEntry> Audit(IEnumerable<LedgerEvent> events) =>
        [.. events.Where(e => e.Type == LedgerEvent.AuditRecord && e.Audit is not null).Select(e => e.Audit! with { At = e.At }).Reverse()];
}
