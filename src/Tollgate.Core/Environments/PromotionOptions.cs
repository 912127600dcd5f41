namespace Tollgate.Core.Environments;

/// <summary>How to promote: strategy, who, and which published artifacts to reference.</summary>
public sealed record PromotionOptions
{
    /// <summary>Overrides the environment's configured strategy kind when set.</summary>
    public string? Strategy { get; init; }

    /// <summary>Client for HTTP health sources (tests pass one; default: a new client).</summary>
    public HttpClient? Http { get; init; }
    public Actor? Actor { get; init; }
    public IReadOnlyList<string> Artifacts { get; init; } = [];

    /// <summary>Promote a retired version anyway; the override is recorded in the audit trail.</summary>
    public bool Force { get; init; }

    /// <summary>Run the gates even when a passing report with unchanged inputs exists.</summary>
    public bool RerunGates { get; init; }

    /// <summary>Current data for drift gates instead of the configured file.</summary>
    public string? CurrentData { get; init; }

    /// <summary>The backend's deployments when the calling command already listed them (one snapshot per command); null lists them.</summary>
    public IReadOnlyList<DeploymentRecord>? Deployments { get; init; }
}
