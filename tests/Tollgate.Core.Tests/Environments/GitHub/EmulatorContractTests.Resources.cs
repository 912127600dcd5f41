using System.Net;
using Octokit;

namespace Tollgate.Core.Tests.Environments.GitHub;

public sealed partial class EmulatorContractTests
{
    [Test]
    public async Task Creates_environments_on_first_deployment_and_answers_404_for_unknown_ones()
    {
        // Arrange
        await Create(new NewDeployment(github.Commit) { Environment = "Staging", AutoMerge = false, RequiredContexts = [] });

        // Act
        var listed = await github.RawClient().Repository.Environment.GetAll("octo-org", "models");
        using var found = await http.GetAsync(new Uri($"{Repo}/environments/staging", UriKind.Relative));
        using var missing = await http.GetAsync(new Uri($"{Repo}/environments/nowhere", UriKind.Relative));

        // Assert
        Assert.That(listed.TotalCount, Is.EqualTo(1));
        Assert.That(listed.Environments.Single().Name, Is.EqualTo("Staging"));
        Assert.That(found.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(github.Emulator.Contract.Validate(await Json(found), github.Emulator.Contract.ResponseSchema("/repos/{owner}/{repo}/environments/{environment_name}", "get", 200)), Is.Empty);
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Statuses_are_newest_first_schema_valid_and_log_url_sets_target_url()
    {
        // Arrange
        var client = github.RawClient();
        var d = await Create(new NewDeployment(github.Commit) { AutoMerge = false, RequiredContexts = [] });
        await client.Repository.Deployment.Status.Create("octo-org", "models", d.Id, new NewDeploymentStatus(Octokit.DeploymentState.Queued));
        await client.Repository.Deployment.Status.Create("octo-org", "models", d.Id, new NewDeploymentStatus(Octokit.DeploymentState.InProgress) { LogUrl = "https://ci.example/1" });

        // Act
        var statuses = await client.Repository.Deployment.Status.GetAll("octo-org", "models", d.Id);
        using var raw = await http.GetAsync(new Uri($"{Repo}/deployments/{d.Id}/statuses", UriKind.Relative));

        // Assert
        Assert.That(statuses.Select(s => s.State.Value), Is.EqualTo(new[] { Octokit.DeploymentState.InProgress, Octokit.DeploymentState.Queued }));
        Assert.That(statuses[0].TargetUrl, Is.EqualTo("https://ci.example/1"));
        Assert.That(statuses[0].Id, Is.GreaterThan(int.MaxValue));
        Assert.That(github.Emulator.Contract.Validate(await Json(raw), github.Emulator.Contract.ResponseSchema("/repos/{owner}/{repo}/deployments/{deployment_id}/statuses", "get", 200)), Is.Empty);
    }

    [Test]
    public async Task Deletes_only_inactive_deployments_when_there_are_several()
    {
        // Arrange
        var client = github.RawClient();
        var first = await Create(new NewDeployment(github.Commit) { AutoMerge = false, RequiredContexts = [] });
        await Create(new NewDeployment(github.Commit) { AutoMerge = false, RequiredContexts = [] });

        // Act
        using var refused = await http.DeleteAsync(new Uri($"{Repo}/deployments/{first.Id}", UriKind.Relative));
        await client.Repository.Deployment.Status.Create("octo-org", "models", first.Id, new NewDeploymentStatus(Octokit.DeploymentState.Inactive));
        using var deleted = await http.DeleteAsync(new Uri($"{Repo}/deployments/{first.Id}", UriKind.Relative));

        // Assert
        Assert.That((int)refused.StatusCode, Is.EqualTo(422));
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(github.Emulator.State.Deployments, Has.Count.EqualTo(1));
    }

    [TestCase("2022-11-28", HttpStatusCode.OK)]
    [TestCase("2026-03-10", HttpStatusCode.OK)]
    [TestCase("2021-01-01", HttpStatusCode.Gone)]
    [TestCase("latest", HttpStatusCode.BadRequest)]
    public async Task Checks_the_api_version_header(string version, HttpStatusCode expected)
    {
        // Arrange
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{Repo}/deployments", UriKind.Relative));
        request.Headers.Add("X-GitHub-Api-Version", version);

        // Act
        using var response = await http.SendAsync(request);

        // Assert
        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }

    [Test]
    public async Task Combines_commit_statuses_by_latest_per_context()
    {
        // Arrange
        var client = github.RawClient();
        await client.Repository.Status.Create("octo-org", "models", github.Commit, new NewCommitStatus { State = CommitState.Failure, Context = "ci" });
        await client.Repository.Status.Create("octo-org", "models", github.Commit, new NewCommitStatus { State = CommitState.Success, Context = "CI" });
        await client.Repository.Status.Create("octo-org", "models", github.Commit, new NewCommitStatus { State = CommitState.Success, Context = "lint" });

        // Act
        var combined = await client.Repository.Status.GetCombined("octo-org", "models", github.Commit);
        var all = await client.Repository.Status.GetAll("octo-org", "models", github.Commit);

        // Assert
        Assert.That(combined.State.Value, Is.EqualTo(CommitState.Success));
        Assert.That(combined.TotalCount, Is.EqualTo(2));
        Assert.That(all.Select(s => s.State.Value), Is.EqualTo(new[] { CommitState.Success, CommitState.Success, CommitState.Failure }));
    }

    [Test]
    public async Task Answers_304_to_a_conditional_get_until_something_changes()
    {
        // Arrange
        using var first = await http.GetAsync(new Uri($"{Repo}/deployments", UriKind.Relative));
        var etag = first.Headers.ETag!.ToString();

        // Act
        var used = github.Emulator.RateLimitUsed;
        using var unchanged = await Conditional(etag);
        var usedAfter304 = github.Emulator.RateLimitUsed;
        await Create(new NewDeployment(github.Commit) { AutoMerge = false, RequiredContexts = [] });
        using var changed = await Conditional(etag);

        // Assert
        Assert.That(unchanged.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(await unchanged.Content.ReadAsStringAsync(), Is.Empty);
        Assert.That(usedAfter304, Is.EqualTo(used), "a 304 does not count against the rate limit");
        Assert.That(unchanged.Headers.GetValues("x-ratelimit-remaining").Single(), Is.EqualTo(first.Headers.GetValues("x-ratelimit-remaining").Single()));
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private async Task<HttpResponseMessage> Conditional(string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{Repo}/deployments", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        return await http.SendAsync(request);
    }
}
