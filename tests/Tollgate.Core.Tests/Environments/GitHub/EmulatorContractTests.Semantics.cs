using System.Net;
using Octokit;
using Tollgate.GitHubEmulator;

namespace Tollgate.Core.Tests.Environments.GitHub;

public sealed partial class EmulatorContractTests
{
    [Test]
    public async Task Answers_202_when_auto_merge_merged_the_default_branch_and_octokit_reads_id_zero()
    {
        // Arrange
        github.Emulator.State.SetBranch("topic", github.Emulator.State.AddCommit(), behindDefault: true);

        // Act
        var merged = await Create(new NewDeployment("topic") { RequiredContexts = [] });
        var deployed = await Create(new NewDeployment("topic") { RequiredContexts = [] });

        // Assert
        Assert.That(merged.Id, Is.EqualTo(0));
        Assert.That(deployed.Id, Is.GreaterThan(int.MaxValue));
        Assert.That(github.Emulator.State.Deployments, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Answers_409_on_a_merge_conflict_and_creates_nothing()
    {
        // Arrange
        github.Emulator.State.SetBranch("topic", github.Emulator.State.AddCommit(), behindDefault: true, mergeConflict: true);

        // Act
        var error = await Assert.ThrowsAsync<ApiException>(() => Create(new NewDeployment("topic")));

        // Assert
        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(error.ApiError.Message, Is.EqualTo("Conflict merging main into topic."));
        Assert.That(github.Emulator.State.Deployments, Is.Empty);
    }

    [Test]
    public async Task Answers_409_unless_every_context_is_green_and_an_empty_list_skips_the_check()
    {
        // Arrange
        var client = github.RawClient();
        await client.Repository.Status.Create("octo-org", "models", github.Commit, new NewCommitStatus { State = CommitState.Success, Context = "ci/build" });
        github.Emulator.State.AddCheckRun(github.Commit, "eval", "in_progress", null);

        // Act
        var byDefault = await Assert.ThrowsAsync<ApiException>(() => Create(new NewDeployment(github.Commit) { AutoMerge = false }));
        var missing = await Assert.ThrowsAsync<ApiException>(() => Create(new NewDeployment(github.Commit) { AutoMerge = false, RequiredContexts = ["ci/build", "security"] }));
        var restricted = await Create(new NewDeployment(github.Commit) { AutoMerge = false, RequiredContexts = ["CI/Build"] });
        var skipped = await Create(new NewDeployment(github.Commit) { AutoMerge = false, RequiredContexts = [] });

        // Assert
        Assert.That(byDefault!.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(byDefault.ApiError.Message, Does.StartWith("Conflict: Commit status checks failed for"));
        Assert.That(byDefault.HttpResponse.Body as string, Does.Contain("\"context\":\"eval\",\"state\":\"pending\""));
        Assert.That(missing!.HttpResponse.Body as string, Does.Contain("\"context\":\"security\""));
        Assert.That(restricted.Id, Is.Not.EqualTo(skipped.Id));
    }

    [Test]
    public async Task Auto_inactivates_prior_successful_non_production_non_transient_deployments_only()
    {
        // Arrange
        var client = github.RawClient();
        async Task<long> Deploy(string environment, bool production = false, bool transient = false, bool? autoInactive = null)
        {
            var d = await Create(new NewDeployment(github.Commit) { Environment = environment, AutoMerge = false, RequiredContexts = [], ProductionEnvironment = production, TransientEnvironment = transient });
            await client.Repository.Deployment.Status.Create("octo-org", "models", d.Id, new NewDeploymentStatus(Octokit.DeploymentState.Success) { AutoInactive = autoInactive });
            return d.Id;
        }

        var staging1 = await Deploy("staging");
        var prod1 = await Deploy("production", production: true);
        var preview1 = await Deploy("preview", transient: true);
        var qa1 = await Deploy("qa");

        // Act
        var staging2 = await Deploy("staging");
        await Deploy("production", production: true);
        await Deploy("preview", transient: true);
        await Deploy("qa", autoInactive: false);

        // Assert
        string StateOf(long id) => github.Emulator.State.Deployments.Single(d => d.Id == id).State!;
        Assert.That(StateOf(staging1), Is.EqualTo("inactive"));
        Assert.That(StateOf(staging2), Is.EqualTo("success"));
        Assert.That(StateOf(prod1), Is.EqualTo("success"), "production deployments are never auto-inactivated");
        Assert.That(StateOf(preview1), Is.EqualTo("success"), "transient deployments are not auto-inactivated");
        Assert.That(StateOf(qa1), Is.EqualTo("success"), "auto_inactive false suppresses it");
    }

    [Test]
    public async Task Paginates_with_link_headers_carrying_per_page()
    {
        // Arrange
        for (var i = 0; i < 5; i++)
        {
            await Create(new NewDeployment(github.Commit) { AutoMerge = false, RequiredContexts = [] });
        }

        // Act
        using var middle = await http.GetAsync(new Uri($"{Repo}/deployments?per_page=2&page=2", UriKind.Relative));
        using var last = await http.GetAsync(new Uri($"{Repo}/deployments?per_page=2&page=3", UriKind.Relative));
        using var single = await http.GetAsync(new Uri($"{Repo}/deployments", UriKind.Relative));
        var all = await github.RawClient().Repository.Deployment.GetAll("octo-org", "models", new ApiOptions { PageSize = 2 });

        // Assert
        var link = string.Join(",", middle.Headers.GetValues("Link"));
        Assert.That(link, Does.Contain("per_page=2&page=3>; rel=\"next\"").And.Contain("rel=\"prev\"").And.Contain("rel=\"first\"").And.Contain("rel=\"last\""));
        Assert.That(link, Does.StartWith("<http://127.0.0.1:"));
        Assert.That(string.Join(",", last.Headers.GetValues("Link")), Does.Not.Contain("rel=\"next\""));
        Assert.That(single.Headers.Contains("Link"), Is.False);
        Assert.That((await Json(middle)).AsArray(), Has.Count.EqualTo(2));
        Assert.That(all.Select(d => d.Id), Is.Ordered.Descending);
        Assert.That(all, Has.Count.EqualTo(5));
    }

    [Test]
    public async Task Rate_limit_faults_reach_octokit_as_github_sends_them()
    {
        // Arrange
        var client = github.RawClient();
        github.Emulator.Faults.PrimaryRateLimit(30);
        github.Emulator.Faults.SecondaryRateLimit(7);
        github.Emulator.Faults.TooManyRequests(3);

        // Act
        var primary = await Assert.ThrowsAsync<RateLimitExceededException>(() => client.Repository.Deployment.GetAll("octo-org", "models"));
        var secondary = await Assert.ThrowsAsync<SecondaryRateLimitExceededException>(() => client.Repository.Deployment.GetAll("octo-org", "models"));
        var tooMany = await Assert.ThrowsAsync<ApiException>(() => client.Repository.Deployment.GetAll("octo-org", "models"));
        var after = await client.Repository.Deployment.GetAll("octo-org", "models");

        // Assert
        Assert.That(primary!.Remaining, Is.EqualTo(0));
        Assert.That(primary.GetRetryAfterTimeSpan(), Is.InRange(TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(31)));
        Assert.That(secondary!.HttpResponse.Headers["Retry-After"], Is.EqualTo("7"));
        Assert.That((int)tooMany!.StatusCode, Is.EqualTo(429));
        Assert.That(after, Is.Empty);
    }

    [Test]
    public async Task Delays_a_response_on_demand_then_serves_it()
    {
        // Arrange
        github.Emulator.Faults.Delay(TimeSpan.FromMilliseconds(400), "GET");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        // Act
        var deployments = await github.RawClient().Repository.Deployment.GetAll("octo-org", "models");

        // Assert
        Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(380)));
        Assert.That(deployments, Is.Empty);
    }

    [Test]
    public async Task Serves_ghes_prefix_and_repository_id_routes()
    {
        // Arrange
        await github.DisposeAsync();
        github = await EmulatedGitHub.StartAsync(new EmulatorOptions { Prefix = "/api/v3" });
        var rewritten = new GitHubClient(new ProductHeaderValue("tollgate-tests"), github.Emulator.Root) { Credentials = new Credentials(github.Emulator.Token) };

        // Act
        var created = await rewritten.Repository.Deployment.Create("octo-org", "models", new NewDeployment(github.Commit) { AutoMerge = false, RequiredContexts = [] });
        var byId = await rewritten.Repository.Deployment.GetAll(github.Emulator.Options.RepositoryId);

        // Assert
        Assert.That(byId.Single().Id, Is.EqualTo(created.Id));
        Assert.That(github.Emulator.Requests.Select(r => r.PathAndQuery), Is.All.StartWith("/api/v3/"));
    }
}
