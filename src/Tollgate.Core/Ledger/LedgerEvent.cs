using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Audit;

namespace Tollgate.Core.Ledger;

/// <summary>
/// One line of the append-only ledger. Events are never edited: a deployment's state is the
/// projection of its "created" event and the "status" events that follow.
/// </summary>
internal sealed record LedgerEvent
{
    public required long Seq { get; init; }
    public required string Type { get; init; }
    public required DateTimeOffset At { get; init; }
    public required string DeploymentId { get; init; }

    /// <summary>Set on "created" events.</summary>
    public DeploymentRequest? Request { get; init; }

    /// <summary>Set on "status" events.</summary>
    public DeploymentState? State { get; init; }

    public string? Description { get; init; }

    /// <summary>Set on "audit" events (approvals, retirements); absent otherwise, so older lines hash as before.</summary>
    public AuditEntry? Audit { get; init; }

    /// <summary>Set on "attestation" events: the promotion attestation of <see cref="DeploymentId"/>; absent otherwise.</summary>
    public LedgerAttestation? Attestation { get; init; }

    /// <summary>Hash of the previous line ("sha256:0…0" for the first), chaining the file.</summary>
    public required string Prev { get; init; }

    public const string Created = "created";
    public const string Status = "status";
    public const string AuditRecord = "audit";
    public const string Attested = "attestation";
}
