using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Audit;

namespace Tollgate.Core.Ledger;

/// <content>
/// The live state: what promote, status, rollback and approve decide on. Every rule keeps "the newest N of something"
/// or "not finished yet", so a deployment or entry once dropped is never wanted back unless a later event names it
/// (then <see cref="Incomplete"/> sends the reader to the whole file). Trimming after each batch of events therefore gives
/// the same state as folding the whole file and trimming once.
/// </content>
internal sealed partial class LedgerState
{
    /// <summary>The newest deployments, whatever their state (what a command just touched, and a short recent history).</summary>
    public const int RecentDeployments = 16;

    /// <summary>Per model and environment, the newest deployments that were ever live: rollback targets.</summary>
    public const int LivePerEnvironment = 10;

    /// <summary>The newest approvals and forced promotions.</summary>
    public const int RecentAudit = 64;

    /// <summary>The newest retirements.</summary>
    public const int RecentRetirements = 64;

    /// <summary>Cuts a history down to the live state (idempotent).</summary>
    public void Trim()
    {
        TrimDeployments();
        TrimAudit();
    }

    private void TrimDeployments()
    {
        var keep = new List<DeploymentRecord>(Deployments.Count);
        // Keyed by (model, environment): models sharing an environment name must not push each other's rollback targets out.
        var wereLive = new Dictionary<(string Model, string Environment), int>();
        for (var i = Deployments.Count - 1; i >= 0; i--)
        {
            var d = Deployments[i];
            var rank = int.MaxValue;
            if (d.SucceededAt is not null)
            {
                rank = wereLive.GetValueOrDefault((d.Model.Name, d.Environment));
                wereLive[(d.Model.Name, d.Environment)] = rank + 1;
            }

            if (i >= Deployments.Count - RecentDeployments || d.State is DeploymentState.Queued or DeploymentState.InProgress or DeploymentState.Success || rank < LivePerEnvironment)
            {
                keep.Add(d);
            }
        }

        if (keep.Count == Deployments.Count)
        {
            return;
        }

        keep.Reverse();
        Deployments = keep;
        index = null;
        DeploymentsTrimmed = true;
        var ids = keep.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in Expected.Keys.Where(id => !ids.Contains(id)).ToList())
        {
            Expected.Remove(id);
        }
    }

    private void TrimAudit()
    {
        var keep = new List<AuditEntry>(Audit.Count);
        var dropped = new List<string>();
        int retirements = 0, others = 0;
        for (var i = Audit.Count - 1; i >= 0; i--)
        {
            var entry = Audit[i];
            var retirement = entry.Kind == AuditEntry.Retirement;
            if (retirement ? retirements++ < RecentRetirements : others++ < RecentAudit)
            {
                keep.Add(entry);
                continue;
            }

            dropped.Add(entry.Model.Digest);
            RetirementsTrimmed |= retirement;
        }

        if (dropped.Count == 0)
        {
            return;
        }

        keep.Reverse();
        Audit = keep;
        TrimmedAuditDigests = DigestFilter.Add(TrimmedAuditDigests, dropped);
    }
}
