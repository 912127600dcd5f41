using DeploymentState = Tollgate.Core.Environments.DeploymentState;

namespace Tollgate.Core.Tests.Environments.GitHub;

public sealed partial class GitHubEnvironmentBackendTests
{
    [Test]
    public async Task Retries_a_burst_of_5xx_with_exponential_backoff_and_creates_one_deployment()
    {
        // Arrange
        github.Emulator.Faults.ServerErrors(2, 502, "POST", "/deployments");

        // Act
        var record = await github.Backend().CreateDeploymentAsync(github.Request(), CancellationToken.None);

        // Assert
        Assert.That(github.Emulator.State.Deployments, Has.Count.EqualTo(1));
        Assert.That(record.State, Is.EqualTo(DeploymentState.Queued));
        Assert.That(github.Delays, Is.EqualTo(new[] { TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(40) }));
    }

    [Test]
    public async Task Honours_retry_after_on_429()
    {
        // Arrange
        github.Emulator.Faults.TooManyRequests(1, "GET");

        // Act
        var listed = await github.Backend().ListDeploymentsAsync(null, CancellationToken.None);

        // Assert
        Assert.That(listed, Is.Empty);
        Assert.That(github.Delays, Is.EqualTo(new[] { TimeSpan.FromSeconds(1) }));
    }

    [Test]
    public async Task Honours_retry_after_on_a_secondary_rate_limit_403()
    {
        // Arrange
        github.Emulator.Faults.SecondaryRateLimit(1, "POST", "/deployments");

        // Act
        await github.Backend().CreateDeploymentAsync(github.Request(), CancellationToken.None);

        // Assert
        Assert.That(github.Delays, Is.EqualTo(new[] { TimeSpan.FromSeconds(1) }));
        Assert.That(github.Emulator.State.Deployments, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Waits_for_x_ratelimit_reset_on_a_primary_rate_limit()
    {
        // Arrange: remaining 0, reset one second ahead of the server's Date (second resolution, plus one second margin).
        github.Emulator.Faults.PrimaryRateLimit(1, use429: false, "GET");

        // Act
        await github.Backend().ListDeploymentsAsync("staging", CancellationToken.None);

        // Assert
        Assert.That(github.Delays.Single(), Is.InRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4)));
    }

    [Test]
    public async Task Waits_for_x_ratelimit_reset_on_a_primary_rate_limit_sent_as_429()
    {
        // Arrange
        github.Emulator.Faults.PrimaryRateLimit(1, use429: true, "POST", "/deployments");

        // Act
        await github.Backend().CreateDeploymentAsync(github.Request(), CancellationToken.None);

        // Assert
        Assert.That(github.Delays.Single(), Is.InRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4)));
        Assert.That(github.Emulator.State.Deployments, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Fails_fast_when_a_secondary_limit_asks_for_a_longer_wait_than_allowed()
    {
        // Arrange: no Retry-After and remaining > 0 means "wait at least a minute"; the test allows 5 s.
        github.Emulator.Faults.SecondaryRateLimit(null, "GET");

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => github.Backend().ListDeploymentsAsync(null, CancellationToken.None));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.GitHubRateLimited));
        Assert.That(error.Message, Does.Contain("60 s"));
        Assert.That(github.Delays, Is.Empty);
    }

    [Test]
    public async Task Gives_up_after_the_configured_attempts_on_persistent_5xx()
    {
        // Arrange
        github.Emulator.Faults.ServerErrors(10, 503, "GET");

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => github.Backend().ListDeploymentsAsync(null, CancellationToken.None));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.GitHubUnavailable));
        Assert.That(error.Message, Does.Contain("503"));
        Assert.That(github.Emulator.Requests.Count(r => r.Method == "GET"), Is.EqualTo(4));
    }

    [Test]
    public async Task A_connection_dropped_after_the_deployment_was_created_converges_to_one_deployment()
    {
        // Arrange
        github.Emulator.Faults.DropConnectionAfterNextDeploymentCreate();
        var backend = github.Backend();

        // Act
        var record = await backend.CreateDeploymentAsync(github.Request(), CancellationToken.None);
        var done = await backend.SetStatusAsync(record.Id, DeploymentState.Success, null, CancellationToken.None);

        // Assert
        Assert.That(github.Emulator.State.Deployments, Has.Count.EqualTo(1));
        Assert.That(github.Emulator.Requests.Count(r => r.Method == "POST" && r.PathAndQuery.EndsWith("/deployments", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(done.State, Is.EqualTo(DeploymentState.Success));
    }

    [Test]
    public async Task A_rerun_after_a_crash_between_created_and_final_status_completes_the_same_deployment()
    {
        // Arrange: the first run dies on the dropped connection and does not retry (one attempt).
        github.Emulator.Faults.DropConnectionAfterNextDeploymentCreate();
        var crashed = github.Backend(github.Settings with { MaxAttempts = 1 });
        await Assert.ThrowsAsync<TollgateException>(() => crashed.CreateDeploymentAsync(github.Request("production"), CancellationToken.None));
        var rerun = github.Backend();

        // Act
        var open = await rerun.FindIncompleteAsync("production", github.Request("production").Model.Digest, CancellationToken.None);
        var record = await rerun.CreateDeploymentAsync(github.Request("production"), CancellationToken.None);
        await rerun.SetStatusAsync(record.Id, DeploymentState.Success, "repaired", CancellationToken.None);

        // Assert
        Assert.That(open, Is.Not.Null);
        Assert.That(record.Id, Is.EqualTo(open!.Id));
        var deployment = github.Emulator.State.Deployments.Single();
        Assert.That(deployment.State, Is.EqualTo("success"));
        Assert.That(await rerun.FindIncompleteAsync("production", record.Model.Digest, CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task Does_not_reuse_finished_deployments_or_other_digests()
    {
        // Arrange
        var backend = github.Backend();
        var finished = await backend.CreateDeploymentAsync(github.Request(digest: "sha256:01"), CancellationToken.None);
        await backend.SetStatusAsync(finished.Id, DeploymentState.Failure, null, CancellationToken.None);
        var other = await backend.CreateDeploymentAsync(github.Request(digest: "sha256:02"), CancellationToken.None);

        // Act
        var again = await backend.CreateDeploymentAsync(github.Request(digest: "sha256:01"), CancellationToken.None);

        // Assert
        Assert.That(again.Id, Is.Not.EqualTo(finished.Id).And.Not.EqualTo(other.Id));
        Assert.That(github.Emulator.State.Deployments, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Spaces_mutating_requests_by_the_write_interval()
    {
        // Arrange
        var backend = github.Backend(github.Settings with { WriteInterval = TimeSpan.FromMilliseconds(300) });

        // Act
        var record = await backend.CreateDeploymentAsync(github.Request(), CancellationToken.None);
        await backend.SetStatusAsync(record.Id, DeploymentState.InProgress, null, CancellationToken.None);

        // Assert
        var posts = github.Emulator.Requests.Where(r => r.Method == "POST").Select(r => r.At).ToList();
        Assert.That(posts, Has.Count.EqualTo(3));
        Assert.That(posts.Zip(posts.Skip(1), (a, b) => b - a), Is.All.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(280)));
    }
}
