using System.Globalization;
using Octokit;

namespace Tollgate.Core.Environments.GitHub;

/// <content>
/// Reading state on a request budget. Deployments are listed once per command (page by page, only as far as needed) and
/// kept in a snapshot that Tollgate's own writes update; statuses are read only for deployments that can still be
/// current — per environment and model, down to the newest successful one; older ones are superseded (Tollgate
/// inactivated them) and reported as such unless <see cref="ReadFullHistory"/> asks for every status (history, rollback).
/// Race checks re-read the environment's newest page and statuses right before they decide.
/// </content>
internal sealed partial class GitHubEnvironmentBackend : ICurrentDeploymentReader
{
    /// <summary>True: read the statuses of every deployment (history, rollback, retire); false: only of those that can be current.</summary>
    public bool ReadFullHistory { get; set; }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DeploymentRecord>> ListDeploymentsAsync(string? environment, CancellationToken cancellationToken) =>
        [.. (await ListAsync(environment, cancellationToken).ConfigureAwait(false)).Select(x => x.Record)];

    /// <summary>The environment's latest successful Tollgate deployment of any model, or null. Reads pages only until found.</summary>
    public Task<DeploymentRecord?> GetCurrentAsync(string environment, CancellationToken cancellationToken) => GetCurrentAsync(environment, null, cancellationToken);

    /// <summary>
    /// The current state of <paramref name="model"/> (any model when null) in the environment: its latest successful Tollgate
    /// deployment, or null. Reads pages only until found; statuses only of that model's deployments.
    /// </summary>
    public async Task<DeploymentRecord?> GetCurrentAsync(string environment, string? model, CancellationToken cancellationToken)
    {
        for (var index = 0; ; index++)
        {
            while (index >= snapshot.Count)
            {
                if (!await ReadNextPageAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }
            }

            var deployment = snapshot[index];
            if (SameEnvironment(deployment, environment) && SameModel(deployment, model)
                && await StatusesAsync(deployment.Id, cancellationToken).ConfigureAwait(false) is { Count: > 0 } statuses && statuses[^1].State == DeploymentState.Success)
            {
                return TollgatePayload.ToRecord(deployment, statuses);
            }
        }
    }

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

    /// <summary>Re-reads the environment's newest deployments and their statuses (another agent may have moved it), then the model's current one.</summary>
    private async Task<DeploymentRecord?> ReadCurrentFreshAsync(string environment, string model, CancellationToken cancellationToken)
    {
        await RefreshAsync(environment, model, cancellationToken).ConfigureAwait(false);
        return await GetCurrentAsync(environment, model, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Tollgate deployments, newest first, all pages; statuses as <see cref="ReadFullHistory"/> says.</summary>
    private async Task<IReadOnlyList<(Deployment Deployment, DeploymentRecord Record)>> ListAsync(string? environment, CancellationToken cancellationToken)
    {
        while (await ReadNextPageAsync(cancellationToken).ConfigureAwait(false))
        {
        }

        var result = new List<(Deployment, DeploymentRecord)>();
        var settled = new HashSet<(string, string)>();
        foreach (var deployment in snapshot.Where(d => environment is null || SameEnvironment(d, environment)).ToList())
        {
            var key = (deployment.Environment.ToUpperInvariant(), deployment.Payload["model"]);
            IReadOnlyList<StatusEntry> statuses = ReadFullHistory || !settled.Contains(key)
                ? await StatusesAsync(deployment.Id, cancellationToken).ConfigureAwait(false)
                : [new StatusEntry(DeploymentState.Inactive, deployment.UpdatedAt, "superseded (statuses not read; see tollgate history)")];
            if (statuses.Count > 0 && statuses[^1].State == DeploymentState.Success)
            {
                settled.Add(key);
            }

            result.Add((deployment, TollgatePayload.ToRecord(deployment, statuses)));
        }

        return [.. result.OrderByDescending(x => x.Item2.CreatedAt).ThenByDescending(x => x.Item1.Id)];
    }

    // Octokit 14 has no single-deployment Get: use the raw route (or the snapshot, which holds every deployment listed).
    private async Task<Deployment> GetTollgateDeploymentAsync(string deploymentId, CancellationToken cancellationToken)
    {
        if (!long.TryParse(deploymentId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            throw new TollgateException(ErrorCodes.GitHubNotFound,
                $"'{deploymentId}' is not a GitHub deployment id (expected a positive number).",
                "Use an id from 'tollgate history' for the GitHub backend.");
        }

        if (snapshot.FirstOrDefault(d => d.Id == id) is { } known)
        {
            return known;
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

    private static bool SameModel(Deployment deployment, string? model) => model is null || TollgatePayload.Get(deployment.Payload, "model") == model;

    private static bool SameEnvironment(Deployment deployment, string environment) =>
        string.Equals(deployment.Environment, environment, StringComparison.OrdinalIgnoreCase);

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
