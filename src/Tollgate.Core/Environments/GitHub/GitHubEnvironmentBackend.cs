using System.Globalization;
using Octokit;
using Octokit.Internal;

namespace Tollgate.Core.Environments.GitHub;

/// <summary>
/// Environment state held in GitHub Deployments (github.com or GHES) through Octokit.
/// Idempotency: <see cref="CreateDeploymentAsync"/> first looks for an incomplete Tollgate deployment of the same
/// digest in the same environment (created by a run that died before a final status) and returns it instead of
/// creating a second one; the caller's next <see cref="SetStatusAsync"/> completes it.
/// An instance serves one command: what it read is kept as that command's snapshot (see the Reading and Snapshot parts),
/// except right before race decisions, which re-read the environment.
/// </summary>
internal sealed partial class GitHubEnvironmentBackend : IEnvironmentBackend
{
    private const int MaxDescription = 140; // GitHub rejects longer status descriptions with 422.

    private readonly GitHubSettings settings;
    private readonly GitHubClient client;
    private readonly ApiConnection api;
    private readonly GitHubErrors errors;
    private readonly GitHubRetry retry;
    private readonly WritePacer writes;
    private readonly Func<TimeSpan, CancellationToken, Task> delay;
    private readonly TimeProvider time;

    /// <summary>Creates the backend; the API base is used verbatim (GHES: https://HOST/api/v3/).</summary>
    public GitHubEnvironmentBackend(GitHubSettings settings)
        : this(settings, static (wait, token) => Task.Delay(wait, token), TimeProvider.System)
    {
    }

    internal GitHubEnvironmentBackend(GitHubSettings settings, Func<TimeSpan, CancellationToken, Task> delay, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(settings.Token);
        this.settings = settings with { ApiUrl = GitHubSettingsResolver.NormalizeApiUrl(settings.ApiUrl.ToString()) };
        var credentials = new InMemoryCredentialStore(new Credentials(settings.Token));
        // Reads repeated within the command (race re-checks, re-read statuses) become conditional requests.
        var connection = new Connection(new ProductHeaderValue("tollgate"), this.settings.ApiUrl, credentials) { ResponseCache = new ConditionalReadCache() };
        client = new GitHubClient(connection);
        api = new ApiConnection(client.Connection);
        errors = new GitHubErrors(this.settings);
        retry = new GitHubRetry(this.settings, errors, delay, time);
        writes = new WritePacer(this.settings.WriteInterval, time);
        this.delay = delay;
        this.time = time;
    }

    /// <inheritdoc />
    public string Kind => "github";

    /// <inheritdoc />
    public async Task<DeploymentRecord> CreateDeploymentAsync(DeploymentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ExpectedCurrentDeploymentId is { } expected
            && await ReadCurrentFreshAsync(request.Environment, request.Model.Name, cancellationToken).ConfigureAwait(false) is var current && RaceLost.Moved(expected, current, ""))
        {
            throw RaceLost.Error(request.Environment, request.Model, expected, current);
        }

        if (await FindIncompleteAsync(request.Environment, request.Model.Digest, cancellationToken).ConfigureAwait(false) is { } open)
        {
            return open;
        }

        var deployment = new NewDeployment(request.Commit)
        {
            Environment = request.Environment,
            Task = TollgatePayload.Task,
            AutoMerge = false,
            RequiredContexts = new System.Collections.ObjectModel.Collection<string>([.. request.RequiredContexts]),
            ProductionEnvironment = request.ProductionEnvironment,
            TransientEnvironment = request.TransientEnvironment,
            Description = Trim(request.Description ?? $"Promote {request.Model.Name}@{request.Model.Version} to {request.Environment}"),
            Payload = TollgatePayload.From(request),
        };

        // A POST that failed in transit may still have created the deployment: look for it before posting again.
        var created = await retry.RunAsync(
            $"create a deployment of {request.Model.Name}@{request.Model.Version} to '{request.Environment}'",
            () => writes.RunAsync(() => client.Repository.Deployment.Create(settings.Owner, settings.Repository, deployment), cancellationToken),
            cancellationToken,
            async () =>
            {
                await RefreshAsync(request.Environment, request.Model.Name, cancellationToken).ConfigureAwait(false);
                return await FindIncompleteRawAsync(request.Environment, request.Model.Digest, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);

        if (created.Id == 0)
        {
            // 202: GitHub auto-merged instead of deploying; cannot happen with auto_merge false, so say so loudly.
            throw new TollgateException(ErrorCodes.GitHubUnexpectedResponse,
                $"GitHub did not create a deployment for '{request.Environment}' in {settings.Slug} (answered without an id, e.g. 202 auto-merge).",
                "Re-run the promotion; deployments are created with auto_merge false, so check proxies between Tollgate and GitHub.");
        }

        Merge([created]);
        statusCache.TryAdd(created.Id, []);
        return await SetStatusCoreAsync(created, DeploymentState.Queued, "Queued by Tollgate", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<DeploymentRecord> SetStatusAsync(string deploymentId, DeploymentState state, string? description, CancellationToken cancellationToken)
    {
        var deployment = await GetTollgateDeploymentAsync(deploymentId, cancellationToken).ConfigureAwait(false);
        if (state == DeploymentState.Success)
        {
            await CheckNotOvertakenAsync(deployment, cancellationToken).ConfigureAwait(false);
        }

        var record = await SetStatusCoreAsync(deployment, state, description, cancellationToken).ConfigureAwait(false);
        if (state == DeploymentState.Success)
        {
            await InactivatePreviousAsync(deployment, cancellationToken).ConfigureAwait(false);
        }

        return record;
    }

    private async Task<DeploymentRecord> SetStatusCoreAsync(Deployment deployment, DeploymentState state, string? description, CancellationToken cancellationToken)
    {
        var status = new NewDeploymentStatus(GitHubStates.ToGitHub(state))
        {
            Description = Trim(description),
            LogUrl = settings.LogUrl ?? TollgatePayload.Get(deployment.Payload, "run_url"),
            EnvironmentUrl = settings.EnvironmentUrl?.Replace("{environment}", Uri.EscapeDataString(deployment.Environment), StringComparison.Ordinal),
            // GitHub's auto_inactive would also end other tools' (and other models') live deployments in the environment;
            // Tollgate inactivates only its own previous deployment of the same model (InactivatePreviousAsync).
            AutoInactive = false,
        };
        var created = await retry.RunAsync(
            $"set deployment {deployment.Id} to {state}",
            () => writes.RunAsync(() => client.Repository.Deployment.Status.Create(settings.Owner, settings.Repository, deployment.Id, status), cancellationToken),
            cancellationToken).ConfigureAwait(false);
        await PaceAsync(cancellationToken).ConfigureAwait(false);
        Remember(deployment, created);
        return TollgatePayload.ToRecord(deployment, await StatusesAsync(deployment.Id, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// GitHub has no compare-and-swap, so the environment is re-read right before success: if another deployment became
    /// current after this one's promoter read it, this one is marked failure instead. The window left is one round trip.
    /// </summary>
    private async Task CheckNotOvertakenAsync(Deployment deployment, CancellationToken cancellationToken)
    {
        var expected = TollgatePayload.Get(deployment.Payload, TollgatePayload.ExpectedCurrentKey);
        var self = deployment.Id.ToString(CultureInfo.InvariantCulture);
        // Per model: another model going live in the same environment meanwhile is no race.
        var current = await ReadCurrentFreshAsync(deployment.Environment, deployment.Payload["model"], cancellationToken).ConfigureAwait(false);
        if (RaceLost.Moved(expected, current, self))
        {
            var record = await SetStatusCoreAsync(deployment, DeploymentState.Failure, $"Lost the race: deployment {current?.Id ?? "none"} became current first", cancellationToken).ConfigureAwait(false);
            throw RaceLost.Error(deployment.Environment, record.Model, expected, current);
        }
    }

    // Success supersedes only Tollgate's own earlier deployment of the same model in the same environment: two models can
    // share environment names, and deployments of other tools are theirs to end. Each success did the same to the one before
    // it, so the newest earlier success is the only one left live; statuses of older ones are not read.
    private async Task InactivatePreviousAsync(Deployment current, CancellationToken cancellationToken)
    {
        var model = TollgatePayload.Get(current.Payload, "model");
        for (var index = 0; ; index++)
        {
            while (index >= snapshot.Count)
            {
                if (!await ReadNextPageAsync(cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }

            var previous = snapshot[index];
            if (previous.Id == current.Id || !SameEnvironment(previous, current.Environment) || TollgatePayload.Get(previous.Payload, "model") != model
                || previous.CreatedAt > current.CreatedAt)
            {
                continue;
            }

            if (await StatusesAsync(previous.Id, cancellationToken).ConfigureAwait(false) is { Count: > 0 } statuses && statuses[^1].State == DeploymentState.Success)
            {
                await SetStatusCoreAsync(previous, DeploymentState.Inactive,
                    $"Superseded by deployment {current.Id.ToString(CultureInfo.InvariantCulture)}", cancellationToken).ConfigureAwait(false);
                return;
            }
        }
    }

    private static string? Trim(string? text) => text is { Length: > MaxDescription } ? text[..(MaxDescription - 1)] + "…" : text;
}
