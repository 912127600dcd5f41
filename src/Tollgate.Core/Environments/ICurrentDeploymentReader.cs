namespace Tollgate.Core.Environments;

/// <summary>A backend that can name an environment's current deployment without reading its whole history (GitHub: fewer requests).</summary>
internal interface ICurrentDeploymentReader
{
    /// <summary>The environment's latest deployment whose last status is success, of any model, or null.</summary>
    Task<DeploymentRecord?> GetCurrentAsync(string environment, CancellationToken cancellationToken);

    /// <summary>The latest deployment of <paramref name="model"/> in the environment whose last status is success (any model when null), or null.</summary>
    Task<DeploymentRecord?> GetCurrentAsync(string environment, string? model, CancellationToken cancellationToken);
}
