namespace Tollgate.Core.Environments;

/// <summary>
/// Every deployment with its complete status history, for the commands that need superseded deployments' statuses too
/// (history, rollback targets, retirement). Other callers use <see cref="IEnvironmentBackend.ListDeploymentsAsync"/>,
/// which a backend may answer with less: GitHub (on a request budget) without the statuses of deployments that cannot be
/// current, the local ledger with its live state only (so a command costs the same however long the ledger is).
/// </summary>
internal static class DeploymentHistory
{
    public static Task<IReadOnlyList<DeploymentRecord>> ListAsync(IEnvironmentBackend backend, string? environment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (backend is LocalEnvironmentBackend local)
        {
            return local.ListHistoryAsync(environment, ct);
        }

        if (backend is GitHub.GitHubEnvironmentBackend github)
        {
            github.ReadFullHistory = true;
        }

        return backend.ListDeploymentsAsync(environment, ct);
    }

    /// <summary>Every deployment, statuses optional: the versions and digests ever deployed (version numbering, NAME@VERSION).</summary>
    public static Task<IReadOnlyList<DeploymentRecord>> ListEveryAsync(IEnvironmentBackend backend, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(backend);
        return backend is LocalEnvironmentBackend local ? local.ListHistoryAsync(null, ct) : backend.ListDeploymentsAsync(null, ct);
    }

    /// <summary>
    /// The deployments a rollback looks among first: the local ledger's live state (it keeps the last ones live in each
    /// environment), else the full history. <c>Complete</c> is false when a miss there must be looked up in the full history.
    /// </summary>
    public static async Task<(IReadOnlyList<DeploymentRecord> Deployments, bool Complete)> ListRecentAsync(IEnvironmentBackend backend, string environment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(backend);
        return backend is LocalEnvironmentBackend local
            ? (await local.ListDeploymentsAsync(environment, ct).ConfigureAwait(false), local.ListsEveryDeployment)
            : (await ListAsync(backend, environment, ct).ConfigureAwait(false), true);
    }
}
