namespace Tollgate.Core.Environments;

/// <summary>
/// What runs in one environment now, for one model: its latest deployment of that model whose last status is success.
/// Environments are shared by every model of a backend (one ledger, one repository's GitHub environments), so "current" is
/// always a question about a (model, environment) pair; several models can be live in the same environment at once.
/// </summary>
internal sealed record EnvironmentState(string Environment, DeploymentRecord? Current)
{
    /// <summary>
    /// One row per environment for <paramref name="model"/> (empty when it runs nothing there); with
    /// <paramref name="others"/>, also one row per other model live in the environment (after the model's own row).
    /// </summary>
    public static async Task<IReadOnlyList<EnvironmentState>> ReadAsync(IEnvironmentBackend backend, IEnumerable<string> environments, string model, bool others, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (!others && backend is ICurrentDeploymentReader reader)
        {
            // Only the model's current deployment of each environment is needed: no history, fewer requests.
            var states = new List<EnvironmentState>();
            foreach (var environment in environments)
            {
                states.Add(new EnvironmentState(environment, await reader.GetCurrentAsync(environment, model, ct)));
            }

            return states;
        }

        var deployments = await backend.ListDeploymentsAsync(null, ct);
        return [.. environments.SelectMany(e => RowsOf(deployments, e, model, others))];
    }

    /// <summary>The environment's latest successful deployment of any model (one model per backend: its current one).</summary>
    public static DeploymentRecord? CurrentOf(IEnumerable<DeploymentRecord> newestFirst, string environment) => CurrentOf(newestFirst, environment, null);

    /// <summary>The latest successful deployment of <paramref name="model"/> in <paramref name="environment"/> (any model when null).</summary>
    public static DeploymentRecord? CurrentOf(IEnumerable<DeploymentRecord> newestFirst, string environment, string? model) =>
        newestFirst.FirstOrDefault(d => d.Environment == environment && (model is null || d.Model.Name == model) && d.State == DeploymentState.Success);

    /// <summary>Every model's current deployment in <paramref name="environment"/>, one per model, newest first.</summary>
    public static IReadOnlyList<DeploymentRecord> CurrentOfEach(IEnumerable<DeploymentRecord> newestFirst, string environment) =>
        [.. newestFirst.Where(d => d.Environment == environment && d.State == DeploymentState.Success).DistinctBy(d => d.Model.Name, StringComparer.Ordinal)];

    private static IEnumerable<EnvironmentState> RowsOf(IReadOnlyList<DeploymentRecord> deployments, string environment, string model, bool others)
    {
        yield return new EnvironmentState(environment, CurrentOf(deployments, environment, model));
        if (others)
        {
            foreach (var other in CurrentOfEach(deployments, environment).Where(d => d.Model.Name != model).OrderBy(d => d.Model.Name, StringComparer.Ordinal))
            {
                yield return new EnvironmentState(environment, other);
            }
        }
    }
}
