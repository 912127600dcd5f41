namespace Tollgate.Core.Environments;

/// <summary>What a promotion asks a backend to record.</summary>
internal sealed record DeploymentRequest
{
    public required string Environment { get; init; }
    public required ModelRef Model { get; init; }
    public required string Commit { get; init; }
    public IReadOnlyList<string> Artifacts { get; init; } = [];
    public string Strategy { get; init; } = "direct";
    public double TrafficShare { get; init; } = 1.0;
    public required Actor Actor { get; init; }
    public string? GateReportDigest { get; init; }
    public string? GateSummary { get; init; }
    public string? Description { get; init; }
    public bool ProductionEnvironment { get; init; }
    public bool TransientEnvironment { get; init; }

    /// <summary>Commit status contexts / check runs that must be green on <see cref="Commit"/> (GitHub backend); empty = none.</summary>
    public IReadOnlyList<string> RequiredContexts { get; init; } = [];

    /// <summary>
    /// Compare-and-swap: the id of the deployment the promoter saw as current (<see cref="NoCurrent"/> for an empty
    /// environment). When set, the backend refuses to create the deployment, or to mark it successful, once another
    /// deployment has become current meanwhile. Null: no check (rollbacks).
    /// </summary>
    public string? ExpectedCurrentDeploymentId { get; init; }

    /// <summary>Value of <see cref="ExpectedCurrentDeploymentId"/> meaning "nothing runs there yet".</summary>
    public const string NoCurrent = "none";
}
