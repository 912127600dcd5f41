namespace Tollgate.Core.Environments;

/// <summary>
/// Where environment state lives: the local ledger (default) or GitHub deployments.
/// The current state of an environment is its latest deployment whose last status is success.
/// </summary>
internal interface IEnvironmentBackend
{
    /// <summary>"local" or "github".</summary>
    string Kind { get; }

    /// <summary>Deployments, newest first; all environments when <paramref name="environment"/> is null.</summary>
    Task<IReadOnlyList<DeploymentRecord>> ListDeploymentsAsync(string? environment, CancellationToken cancellationToken);

    /// <summary>Records a new deployment in state queued.</summary>
    Task<DeploymentRecord> CreateDeploymentAsync(DeploymentRequest request, CancellationToken cancellationToken);

    /// <summary>Appends a status. Success makes earlier successful deployments of the same environment inactive.</summary>
    Task<DeploymentRecord> SetStatusAsync(string deploymentId, DeploymentState state, string? description, CancellationToken cancellationToken);
}
