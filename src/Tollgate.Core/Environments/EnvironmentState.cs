namespace Tollgate.Core.Environments;

/// <summary>What runs in one environment now: its latest deployment whose last status is success.</summary>
internal sealed record EnvironmentState(string Environment, DeploymentRecord? Current)
{
    public static async Task<IReadOnlyList<EnvironmentState>> ReadAsync(IEnvironmentBackend backend, IEnumerable<string> environments, CancellationToken ct)
    {
        if (backend is ICurrentDeploymentReader reader)
        {
            // Only the current deployment of each environment is needed: no history, fewer requests.
            var states = new List<EnvironmentState>();
            foreach (var environment in environments)
            {
                states.Add(new EnvironmentState(environment, await reader.GetCurrentAsync(environment, ct)));
            }

            return states;
        }

        var deployments = await backend.ListDeploymentsAsync(null, ct);
        return environments.Select(e => new EnvironmentState(e, CurrentOf(deployments, e))).ToList();
    }

    public static DeploymentRecord? CurrentOf(IEnumerable<DeploymentRecord> newestFirst, string environment) =>
        newestFirst.FirstOrDefault(d => d.Environment == environment && d.State == DeploymentState.Success);
}
