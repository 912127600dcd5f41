using System.Globalization;
using Octokit;
using Tollgate.Core.Errors;

namespace Tollgate.Core.Environments.GitHub;

public sealed partial class GitHubEnvironmentBackend
{
    private static readonly ApiOptions AllPages = new() { PageSize = 100 };

    /// <inheritdoc />
    public async Task<IReadOnlyList<DeploymentRecord>> ListDeploymentsAsync(string? environment, CancellationToken cancellationToken) =>
        [.. (await ListAsync(environment, cancellationToken).ConfigureAwait(false)).Select(x => x.Record)];

    /// <summary>The environment's current state: its latest successful, active Tollgate deployment, or null.</summary>
    public async Task<DeploymentRecord?> GetCurrentAsync(string environment, CancellationToken cancellationToken) =>
        (await ListDeploymentsAsync(environment, cancellationToken).ConfigureAwait(false)).FirstOrDefault(d => d.State == DeploymentState.Success);

    /// <summary>
    /// The newest Tollgate deployment of <paramref name="digest"/> in <paramref name="environment"/> that has no final
    /// status (a run died between "created" and "success/failure"), or null. <see cref="CreateDeploymentAsync"/> reuses it.
    /// </summary>
    public async Task<DeploymentRecord?> FindIncompleteAsync(string environment, string digest, CancellationToken cancellationToken) =>
        (await FindIncompleteRawAsync(environment, digest, cancellationToken).ConfigureAwait(false)) is { } open
            ? TollgatePayload.ToRecord(open, await StatusesAsync(open.Id, cancellationToken).ConfigureAwait(false))
            : null;

    private async Task<Deployment?> FindIncompleteRawAsync(string environment, string digest, CancellationToken cancellationToken) =>
        (await ListAsync(environment, cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(x => x.Record.Model.Digest == digest && !GitHubStates.IsFinal(x.Record.State)).Deployment;

    /// <summary>Tollgate deployments (task deploy:model with Tollgate's payload marker), newest first, all pages.</summary>
    private async Task<IReadOnlyList<(Deployment Deployment, DeploymentRecord Record)>> ListAsync(string? environment, CancellationToken cancellationToken)
    {
        var filters = new Dictionary<string, string> { ["task"] = TollgatePayload.Task };
        if (environment is not null)
        {
            filters["environment"] = environment;
        }

        var uri = new Uri($"repos/{Escape(settings.Owner)}/{Escape(settings.Repository)}/deployments", UriKind.Relative);
        var deployments = await retry.RunAsync(
            environment is null ? "list deployments" : $"list deployments of '{environment}'",
            // Octokit adds per_page/page to the dictionary it is given, so every attempt gets a fresh copy.
            async () => await api.GetAll<Deployment>(uri, new Dictionary<string, string>(filters), AllPages).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);

        var result = new List<(Deployment, DeploymentRecord)>();
        foreach (var deployment in deployments.Where(d => TollgatePayload.IsTollgate(d.Payload)))
        {
            result.Add((deployment, TollgatePayload.ToRecord(deployment, await StatusesAsync(deployment.Id, cancellationToken).ConfigureAwait(false))));
        }

        return [.. result.OrderByDescending(x => x.Item2.CreatedAt).ThenByDescending(x => x.Item1.Id)];
    }

    private async Task<IReadOnlyList<StatusEntry>> StatusesAsync(long deploymentId, CancellationToken cancellationToken)
    {
        var statuses = await retry.RunAsync(
            $"read the statuses of deployment {deploymentId}",
            async () => await client.Repository.Deployment.Status.GetAll(settings.Owner, settings.Repository, deploymentId, AllPages).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        return [.. statuses.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .Select(s => new StatusEntry(GitHubStates.FromGitHub(s.State.StringValue), s.CreatedAt, s.Description))];
    }

    // Octokit 14 has no single-deployment Get: use the raw route.
    private async Task<Deployment> GetTollgateDeploymentAsync(string deploymentId, CancellationToken cancellationToken)
    {
        if (!long.TryParse(deploymentId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            throw new TollgateException(ErrorCodes.GitHubNotFound,
                $"'{deploymentId}' is not a GitHub deployment id (expected a positive number).",
                "Use an id from 'tollgate history' for the GitHub backend.");
        }

        var uri = new Uri($"repos/{Escape(settings.Owner)}/{Escape(settings.Repository)}/deployments/{id}", UriKind.Relative);
        var deployment = await retry.RunAsync($"read deployment {id}", async () => await api.Get<Deployment>(uri).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        if (!TollgatePayload.IsTollgate(deployment.Payload))
        {
            throw new TollgateException(ErrorCodes.GitHubForeignDeployment,
                $"Deployment {id} in {settings.Slug} was not created by Tollgate (its payload has no Tollgate marker); Tollgate does not change it.",
                "Pick a deployment listed by 'tollgate history'.");
        }

        return deployment;
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
