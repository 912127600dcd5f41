namespace Tollgate.Core.Environments;

/// <summary>How to promote: strategy, who, and which published artifacts to reference.</summary>
public sealed record PromotionOptions
{
    /// <summary>Overrides the environment's configured strategy kind when set (<c>direct</c>, <c>canary</c>, <c>blue-green</c>, <c>shadow</c>).</summary>
    public string? Strategy { get; init; }

    /// <summary>Client for HTTP health sources (tests pass one; default: a new client).</summary>
    internal HttpClient? Http { get; init; }

    /// <summary>Who promotes, recorded with the deployment; default: <see cref="Environments.Actor.FromEnvironment"/>.</summary>
    public Actor? Actor { get; init; }

    /// <summary>References of the published packages or images of this artifact, recorded with the deployment.</summary>
    public IReadOnlyList<string> Artifacts { get; init; } = [];

    /// <summary>Promote a retired version anyway; the override is recorded in the audit trail.</summary>
    public bool Force { get; init; }

    /// <summary>Run the gates even when a passing report with unchanged inputs exists.</summary>
    public bool RerunGates { get; init; }

    /// <summary>Current data for drift gates instead of the configured file.</summary>
    public string? CurrentData { get; init; }

    /// <summary>The backend's deployments when the calling command already listed them (one snapshot per command); null lists them.</summary>
    internal IReadOnlyList<DeploymentRecord>? Deployments { get; init; }
}
