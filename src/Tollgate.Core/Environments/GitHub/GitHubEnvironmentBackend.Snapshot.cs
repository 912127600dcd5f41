using Octokit;

namespace Tollgate.Core.Environments.GitHub;

/// <content>The per-command snapshot: deployments listed page by page (newest first) and statuses read at most once each.</content>
internal sealed partial class GitHubEnvironmentBackend
{
    private const int PageSize = 100;
    private const int SlowDownBelow = 100;

    private readonly List<Deployment> snapshot = [];
    private readonly Dictionary<long, List<StatusEntry>> statusCache = [];
    private int pagesRead;
    private bool allPagesRead;

    private Uri DeploymentsUri => new($"repos/{Escape(settings.Owner)}/{Escape(settings.Repository)}/deployments", UriKind.Relative);

    /// <summary>Reads the next page of Tollgate deployments into the snapshot; false when every page was read.</summary>
    private async Task<bool> ReadNextPageAsync(CancellationToken cancellationToken)
    {
        if (allPagesRead)
        {
            return false;
        }

        var page = pagesRead + 1;
        var batch = await ReadPageAsync(page, null, cancellationToken).ConfigureAwait(false);
        pagesRead = page;
        allPagesRead = batch.Count < PageSize;
        Merge(batch);
        return true;
    }

    /// <summary>Fresh read of the environment's newest page; statuses of its deployments down to <paramref name="model"/>'s current one are re-read.</summary>
    private async Task RefreshAsync(string environment, string model, CancellationToken cancellationToken)
    {
        var batch = await ReadPageAsync(1, environment, cancellationToken).ConfigureAwait(false);
        Merge(batch);
        foreach (var deployment in batch.Where(d => TollgatePayload.IsTollgate(d.Payload)))
        {
            var stale = statusCache.TryGetValue(deployment.Id, out var known) ? known : null;
            statusCache.Remove(deployment.Id);
            if (stale is { Count: > 0 } && stale[^1].State == DeploymentState.Success && SameModel(deployment, model))
            {
                break; // the model's older ones were superseded before this one went live (other models' are not)
            }
        }
    }

    private async Task<IReadOnlyList<Deployment>> ReadPageAsync(int page, string? environment, CancellationToken cancellationToken)
    {
        var query = new Dictionary<string, string>
        {
            ["task"] = TollgatePayload.Task,
            ["per_page"] = PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (environment is not null)
        {
            query["environment"] = environment;
        }

        var result = await retry.RunAsync(
            environment is null ? $"list deployments (page {page})" : $"list deployments of '{environment}'",
            async () => await api.Get<List<Deployment>>(DeploymentsUri, new Dictionary<string, string>(query)).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        await PaceAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    private void Merge(IEnumerable<Deployment> batch)
    {
        foreach (var deployment in batch.Where(d => d.Task == TollgatePayload.Task && TollgatePayload.IsTollgate(d.Payload)))
        {
            var index = snapshot.FindIndex(d => d.Id == deployment.Id);
            if (index >= 0)
            {
                snapshot[index] = deployment;
                continue;
            }

            // Keep newest first: pages arrive newest first, a refresh may bring deployments newer than all known.
            var at = snapshot.FindIndex(d => d.Id < deployment.Id);
            snapshot.Insert(at < 0 ? snapshot.Count : at, deployment);
        }
    }

    private async Task<IReadOnlyList<StatusEntry>> StatusesAsync(long deploymentId, CancellationToken cancellationToken)
    {
        if (statusCache.TryGetValue(deploymentId, out var known))
        {
            return [.. known]; // a copy: records handed out keep the statuses they were built with
        }

        var statuses = await retry.RunAsync(
            $"read the statuses of deployment {deploymentId}",
            async () => await client.Repository.Deployment.Status.GetAll(settings.Owner, settings.Repository, deploymentId, new ApiOptions { PageSize = PageSize }).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        await PaceAsync(cancellationToken).ConfigureAwait(false);
        var list = SeparateAudit(deploymentId, statuses).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .Select(s => new StatusEntry(GitHubStates.FromGitHub(s.State.StringValue), s.CreatedAt, s.Description)).ToList();
        statusCache[deploymentId] = list;
        return [.. list];
    }

    /// <summary>Records a status Tollgate just created, so the snapshot stays current without reading it back.</summary>
    private void Remember(Deployment deployment, DeploymentStatus status)
    {
        Merge([deployment]);
        if (statusCache.TryGetValue(deployment.Id, out var known))
        {
            known.Add(new StatusEntry(GitHubStates.FromGitHub(status.State.StringValue), status.CreatedAt, status.Description));
        }
    }

    /// <summary>Slows down as <c>x-ratelimit-remaining</c> nears zero, spreading what is left until the reset.</summary>
    private async Task PaceAsync(CancellationToken cancellationToken)
    {
        if (client.GetLastApiInfo()?.RateLimit is { } limit && limit.Remaining < SlowDownBelow)
        {
            var untilReset = limit.Reset - time.GetUtcNow();
            var wait = untilReset <= TimeSpan.Zero ? TimeSpan.Zero : untilReset / Math.Max(1, limit.Remaining);
            await delay(wait < settings.MaxRetryDelay ? wait : settings.MaxRetryDelay, cancellationToken).ConfigureAwait(false);
        }
    }
}
