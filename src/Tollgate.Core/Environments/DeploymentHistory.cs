namespace Tollgate.Core.Environments;

/// <summary>
/// Every deployment with its complete status history, for the commands that need superseded deployments' statuses too
/// (history, rollback targets, retirement). Other callers use <see cref="IEnvironmentBackend.ListDeploymentsAsync"/>,
/// which a backend on a request budget (GitHub) may answer without the statuses of deployments that cannot be current.
/// </summary>
internal static class DeploymentHistory
{
    public static Task<IReadOnlyList<DeploymentRecord>> ListAsync(IEnvironmentBackend backend, string? environment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (backend is GitHub.GitHubEnvironmentBackend github)
        {
            github.ReadFullHistory = true;
        }

        return backend.ListDeploymentsAsync(environment, ct);
    }
}
