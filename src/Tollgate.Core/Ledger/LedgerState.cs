using System.Text.Json.Serialization;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Audit;

namespace Tollgate.Core.Ledger;

/// <summary>
/// The projection of a ledger's events, built by folding events one at a time. Folded over the whole file it is the
/// history (every deployment and audit entry); <see cref="Trim"/> cuts it to the live state commands decide on, which
/// is what the checkpoint holds, so the checkpoint stays the same size however long the ledger grows.
/// </summary>
internal sealed partial class LedgerState
{
    private Dictionary<string, int>? index;

    /// <summary>Events folded so far (the Seq of the last one).</summary>
    public long Events { get; set; }

    /// <summary>"created" events seen: the next deployment id is this plus one.</summary>
    public int Created { get; set; }

    /// <summary>Deployments, oldest first: every one in a history, the live ones (see <see cref="Trim"/>) in a live state.</summary>
    public List<DeploymentRecord> Deployments { get; set; } = [];

    /// <summary>Audit entries with their event time, oldest first (in a live state: the newest ones, every retirement up to a bound).</summary>
    public List<AuditEntry> Audit { get; set; } = [];

    /// <summary>The deployment id a "created" event expected to replace, by deployment id (compare-and-swap on success).</summary>
    public Dictionary<string, string> Expected { get; set; } = new(StringComparer.Ordinal);

    /// <summary>True once <see cref="Trim"/> dropped a deployment: <see cref="Deployments"/> is not every deployment.</summary>
    public bool DeploymentsTrimmed { get; set; }

    /// <summary>True once <see cref="Trim"/> dropped a retirement: the retired digests are not all in <see cref="Audit"/>.</summary>
    public bool RetirementsTrimmed { get; set; }

    /// <summary>Digests whose audit entries were dropped (a fixed-size filter, <see cref="DigestFilter"/>); null when none were.</summary>
    public string? TrimmedAuditDigests { get; set; }

    /// <summary>A status event named a deployment this live state dropped: only a fold of the whole file gives the right state.</summary>
    [JsonIgnore]
    public bool Incomplete { get; private set; }

    /// <summary>The live state of <paramref name="events"/> (the history, trimmed).</summary>
    public static LedgerState Fold(IEnumerable<LedgerEvent> events)
    {
        var state = FoldHistory(events);
        state.Trim();
        return state;
    }

    /// <summary>Every deployment and audit entry of <paramref name="events"/>.</summary>
    public static LedgerState FoldHistory(IEnumerable<LedgerEvent> events)
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
            Deployments.Add(Record(e, r));
            if (r.ExpectedCurrentDeploymentId is { } expected)
            {
                Expected[e.DeploymentId] = expected;
            }
        }
        else if (e.Type == LedgerEvent.Status && e.State is { } state)
        {
            if (Index().TryGetValue(e.DeploymentId, out var at))
            {
                var record = Deployments[at];
                Deployments[at] = record with { Statuses = [.. record.Statuses, new StatusEntry(state, e.At, e.Description)] };
            }
            else if (DeploymentsTrimmed)
            {
                Incomplete = true;
            }
        }
        else if (e.Type == LedgerEvent.AuditRecord && e.Audit is { } audit)
        {
            Audit.Add(audit with { At = e.At });
        }
        else if (e.Type == LedgerEvent.Attested && e.Attestation is { } attestation && Index().TryGetValue(e.DeploymentId, out var attested))
        {
            Deployments[attested] = Deployments[attested] with { AttestationDigest = attestation.Digest }; // the digest only: bundles stay out of the checkpoint
        }
    }

    /// <summary>Deployments newest first, as backends report them.</summary>
    public IReadOnlyList<DeploymentRecord> NewestFirst() => [.. Enumerable.Reverse(Deployments)];

    public DeploymentRecord? Find(string id) => Index().TryGetValue(id, out var at) ? Deployments[at] : null;

    /// <summary>
    /// Whether <see cref="Audit"/> holds every entry about <paramref name="digest"/> (false: some may have been trimmed,
    /// read the history).
    /// </summary>
    public bool HasAllAuditOf(string digest) => !DigestFilter.MayContain(TrimmedAuditDigests, digest);

    private static DeploymentRecord Record(LedgerEvent e, DeploymentRequest r) => new()
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
