namespace Tollgate.Core.Environments;

/// <summary>A deployment as a backend reports it, with its full status history (oldest first).</summary>
internal sealed record DeploymentRecord
{
    public required string Id { get; init; }
    public required string Environment { get; init; }
    public required ModelRef Model { get; init; }
    public required string Commit { get; init; }
    public IReadOnlyList<string> Artifacts { get; init; } = [];
    public required string Strategy { get; init; }
    private readonly double trafficShare = 1.0;

    /// <summary>Share of traffic: the rollout step's share while in progress; 1 once live (a finished canary serves all traffic).</summary>
    public double TrafficShare { get => State == DeploymentState.Success ? 1.0 : trafficShare; init => trafficShare = value; }
    public required Actor Actor { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public string? GateReportDigest { get; init; }
    public string? GateSummary { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<StatusEntry> Statuses { get; init; } = [];

    /// <summary>The sha256 of the attestation recorded with this deployment (ledger backends; GitHub lists them via <see cref="IAttestationLog"/>).</summary>
    public string? AttestationDigest { get; init; }

    public DeploymentState State => Statuses.Count == 0 ? DeploymentState.Queued : Statuses[^1].State;

    /// <summary>When the deployment last reached success (the "since" of an environment's state).</summary>
    public DateTimeOffset? SucceededAt => Statuses.LastOrDefault(s => s.State == DeploymentState.Success)?.At;
}

/// <summary>One status change of a deployment.</summary>
internal sealed record StatusEntry(DeploymentState State, DateTimeOffset At, string? Description = null);
