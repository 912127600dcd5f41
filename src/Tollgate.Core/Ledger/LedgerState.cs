using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Audit;

namespace Tollgate.Core.Ledger;

/// <summary>
/// The projection of a ledger's events (what runs where, approvals and retirements), built by folding events one at a
/// time so a checkpoint of it plus the events after the checkpoint gives the same state as folding the whole file.
/// </summary>
internal sealed class LedgerState
{
    private Dictionary<string, int>? index;

    /// <summary>Events folded so far (the Seq of the last one).</summary>
    public long Events { get; set; }

    /// <summary>"created" events seen: the next deployment id is this plus one.</summary>
    public int Created { get; set; }

    /// <summary>Deployments, oldest first.</summary>
    public List<DeploymentRecord> Deployments { get; set; } = [];

    /// <summary>Audit entries with their event time, oldest first.</summary>
    public List<AuditEntry> Audit { get; set; } = [];

    /// <summary>The deployment id a "created" event expected to replace, by deployment id (compare-and-swap on success).</summary>
    public Dictionary<string, string> Expected { get; set; } = new(StringComparer.Ordinal);

    public static LedgerState Fold(IEnumerable<LedgerEvent> events)
    {
        var state = new LedgerState();
        foreach (var e in events)
        {
            state.Apply(e);
        }

        return state;
    }

    public void Apply(LedgerEvent e)
    {
        Events++;
        if (e.Type == LedgerEvent.Created)
        {
            Created++;
        }

        if (e.Type == LedgerEvent.Created && e.Request is { } r)
        {
            Index()[e.DeploymentId] = Deployments.Count;
            Deployments.Add(new DeploymentRecord
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
            });
            if (r.ExpectedCurrentDeploymentId is { } expected)
            {
                Expected[e.DeploymentId] = expected;
            }
        }
        else if (e.Type == LedgerEvent.Status && e.State is { } state && Index().TryGetValue(e.DeploymentId, out var at))
        {
            var record = Deployments[at];
            Deployments[at] = record with { Statuses = [.. record.Statuses, new StatusEntry(state, e.At, e.Description)] };
        }
        else if (e.Type == LedgerEvent.AuditRecord && e.Audit is { } audit)
        {
            Audit.Add(audit with { At = e.At });
        }
    }

    /// <summary>Deployments newest first, as backends report them.</summary>
    public IReadOnlyList<DeploymentRecord> NewestFirst() => [.. Enumerable.Reverse(Deployments)];

    public DeploymentRecord? Find(string id) => Index().TryGetValue(id, out var at) ? Deployments[at] : null;

    // Built on first use, so a state read from a checkpoint needs no id map stored with it.
    private Dictionary<string, int> Index()
    {
        if (index is null)
        {
            index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < Deployments.Count; i++)
            {
                index[Deployments[i].Id] = i;
            }
        }

        return index;
    }
}
