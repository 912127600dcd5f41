namespace Tollgate.Core.Environments;

/// <summary>A backend that can name an environment's current deployment without reading its whole history (GitHub: fewer requests).</summary>
internal interface ICurrentDeploymentReader
{
    /// <summary>The environment's latest deployment whose last status is success, or null.</summary>
    Task<DeploymentRecord?> GetCurrentAsync(string environment, CancellationToken cancellationToken);
}
