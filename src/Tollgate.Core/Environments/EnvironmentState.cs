namespace Tollgate.Core.Environments;

/// <summary>What runs in one environment now: its latest deployment whose last status is success.</summary>
public sealed record EnvironmentState(string Environment, DeploymentRecord? Current)
{
    public static async Task<IReadOnlyList<EnvironmentState>> ReadAsync(IEnvironmentBackend backend, IEnumerable<string> environments, CancellationToken ct)
    {
        var deployments = await backend.ListDeploymentsAsync(null, ct);
        return environments.Select(e => new EnvironmentState(e, CurrentOf(deployments, e))).ToList();
    }

    public static DeploymentRecord? CurrentOf(IEnumerable<DeploymentRecord> newestFirst, string environment) =>
        newestFirst.FirstOrDefault(d => d.Environment == environment && d.State == DeploymentState.Success);
}
