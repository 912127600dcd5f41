using System.Text.Json.Nodes;
using Octokit;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.GitHub;
using DeploymentState = Tollgate.Core.Environments.DeploymentState;

namespace Tollgate.Core.Tests.Environments.GitHub;

/// <summary>Real Octokit over real HTTP against the loopback emulator: mapping and state reading.</summary>
[TestFixture]
public sealed partial class GitHubEnvironmentBackendTests
{
    private EmulatedGitHub github = null!;

    [SetUp]
    public async Task StartAsync() => github = await EmulatedGitHub.StartAsync();

    [TearDown]
    public async Task StopAsync() => await github.DisposeAsync();

    [Test]
    public async Task Creates_a_deployment_mapped_as_the_issue_says()
    {
        // Arrange
        var backend = github.Backend();
        var request = github.Request("production") with { RequiredContexts = [] };

        // Act
        var record = await backend.CreateDeploymentAsync(request, CancellationToken.None);

        // Assert
        var post = github.Emulator.Requests.Single(r => r.Method == "POST" && r.PathAndQuery.EndsWith("/deployments", StringComparison.Ordinal));
        var body = JsonNode.Parse(post.Body)!.AsObject();
        Assert.That(body["ref"]!.GetValue<string>(), Is.EqualTo(github.Commit));
        Assert.That(body["environment"]!.GetValue<string>(), Is.EqualTo("production"));
        Assert.That(body["auto_merge"]!.GetValue<bool>(), Is.False);
        Assert.That(body["required_contexts"]!.AsArray(), Is.Empty);
        Assert.That(body["production_environment"]!.GetValue<bool>(), Is.True);
        Assert.That(body["transient_environment"]!.GetValue<bool>(), Is.False);
        Assert.That(body["task"]!.GetValue<string>(), Is.EqualTo("deploy:model"));
        var payload = body["payload"]!.AsObject();
        Assert.That(payload.Select(p => p.Value!.GetValueKind()), Is.All.EqualTo(System.Text.Json.JsonValueKind.String), "Octokit 14 payload values are strings");
        Assert.That(payload["tollgate"]!.GetValue<string>(), Is.EqualTo("1"));
        Assert.That(payload["model"]!.GetValue<string>(), Is.EqualTo("churn"));
        Assert.That(payload["version"]!.GetValue<string>(), Is.EqualTo("1.2.0"));
        Assert.That(payload["digest"]!.GetValue<string>(), Is.EqualTo(request.Model.Digest));
        Assert.That(payload["strategy"]!.GetValue<string>(), Is.EqualTo("canary"));
        Assert.That(payload["traffic_share"]!.GetValue<string>(), Is.EqualTo("0.1"));
        Assert.That(payload["gate_report_digest"]!.GetValue<string>(), Is.EqualTo(request.GateReportDigest));
        Assert.That(payload["gate_summary"]!.GetValue<string>(), Is.EqualTo("7/7 gates passed"));
        Assert.That(JsonNode.Parse(payload["artifacts"]!.GetValue<string>())!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(request.Artifacts));
        Assert.That(record.State, Is.EqualTo(DeploymentState.Queued));
        Assert.That(record.Model, Is.EqualTo(request.Model));
        Assert.That(record.Commit, Is.EqualTo(github.Commit));
        Assert.That(long.Parse(record.Id, System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(int.MaxValue));
    }

    [Test]
    public async Task Sends_transient_and_production_flags_from_the_request()
    {
        // Arrange
        var backend = github.Backend();

        // Act
        await backend.CreateDeploymentAsync(github.Request("preview-42"), CancellationToken.None);

        // Assert
        var deployment = github.Emulator.State.Deployments.Single();
        Assert.That(deployment.TransientEnvironment, Is.True);
        Assert.That(deployment.ProductionEnvironment, Is.False);
        Assert.That(github.Emulator.State.EnvironmentNames, Does.Contain("preview-42"));
    }

    [Test]
    public async Task Moves_statuses_from_queued_to_in_progress_to_success_with_urls()
    {
        // Arrange
        var backend = github.Backend(github.Settings with { EnvironmentUrl = "https://models.example/{environment}", LogUrl = "https://ci.example/run/7" });
        var created = await backend.CreateDeploymentAsync(github.Request(), CancellationToken.None);

        // Act
        await backend.SetStatusAsync(created.Id, DeploymentState.InProgress, "Canary 10%", CancellationToken.None);
        var done = await backend.SetStatusAsync(created.Id, DeploymentState.Success, "Promoted", CancellationToken.None);

        // Assert
        Assert.That(done.Statuses.Select(s => s.State), Is.EqualTo(new[] { DeploymentState.Queued, DeploymentState.InProgress, DeploymentState.Success }));
        Assert.That(done.Statuses[^1].Description, Is.EqualTo("Promoted"));
        var statuses = github.Emulator.State.Deployments.Single().Statuses;
        Assert.That(statuses.Select(s => s.State), Is.EqualTo(new[] { "queued", "in_progress", "success" }));
        Assert.That(statuses.Select(s => s.LogUrl), Is.All.EqualTo("https://ci.example/run/7"));
        Assert.That(statuses.Select(s => s.EnvironmentUrl), Is.All.EqualTo("https://models.example/staging"));
        var statusBodies = github.Emulator.Requests.Where(r => r.Method == "POST" && r.PathAndQuery.EndsWith("/statuses", StringComparison.Ordinal));
        Assert.That(statusBodies.Select(r => JsonNode.Parse(r.Body)!["auto_inactive"]!.GetValue<bool>()), Is.All.False, "Tollgate inactivates only its own deployments");
    }

    [Test]
    public async Task Falls_back_to_the_run_url_of_the_payload_for_log_url_and_trims_long_descriptions()
    {
        // Arrange
        var backend = github.Backend();
        var created = await backend.CreateDeploymentAsync(github.Request(), CancellationToken.None);

        // Act
        await backend.SetStatusAsync(created.Id, DeploymentState.Failure, new string('x', 300), CancellationToken.None);

        // Assert
        var last = github.Emulator.State.Deployments.Single().Statuses[^1];
        Assert.That(last.LogUrl, Is.EqualTo("https://github.example/octo-org/models/actions/runs/42"));
        Assert.That(last.Description.Length, Is.EqualTo(140));
    }

    [Test]
    public async Task Lists_only_tollgate_deployments_newest_first_with_their_statuses()
    {
        // Arrange
        var backend = github.Backend();
        var first = await backend.CreateDeploymentAsync(github.Request(version: "1.0.0", digest: "sha256:01"), CancellationToken.None);
        await github.RawClient().Repository.Deployment.Create(github.Emulator.Options.Owner, github.Emulator.Options.Repository,
            new NewDeployment(github.Commit) { Environment = "staging", Task = "deploy:model", AutoMerge = false, RequiredContexts = [], Payload = new() { ["app"] = "web" } });
        var second = await backend.CreateDeploymentAsync(github.Request(version: "1.1.0", digest: "sha256:02"), CancellationToken.None);
        await backend.CreateDeploymentAsync(github.Request("production", version: "1.0.0", digest: "sha256:01"), CancellationToken.None);

        // Act
        var staging = await backend.ListDeploymentsAsync("staging", CancellationToken.None);
        var all = await backend.ListDeploymentsAsync(null, CancellationToken.None);

        // Assert
        Assert.That(staging.Select(d => d.Id), Is.EqualTo(new[] { second.Id, first.Id }));
        Assert.That(all, Has.Count.EqualTo(3));
        Assert.That(staging[0].Actor, Is.EqualTo(new Actor("mona", "https://github.example/octo-org/models/actions/runs/42")));
        Assert.That(staging[0].TrafficShare, Is.EqualTo(0.1));
        Assert.That(staging[0].Artifacts, Has.Count.EqualTo(2));
        Assert.That(staging[0].Statuses.Select(s => s.State), Is.EqualTo(new[] { DeploymentState.Queued }));
    }

    [Test]
    public async Task Current_state_is_the_latest_successful_active_deployment_and_production_predecessors_go_inactive()
    {
        // Arrange
        var backend = github.Backend();
        var old = await backend.CreateDeploymentAsync(github.Request("production", digest: "sha256:01"), CancellationToken.None);
        await backend.SetStatusAsync(old.Id, DeploymentState.Success, "v1", CancellationToken.None);
        var next = await backend.CreateDeploymentAsync(github.Request("production", digest: "sha256:02", version: "2.0.0"), CancellationToken.None);

        // Act
        await backend.SetStatusAsync(next.Id, DeploymentState.Success, "v2", CancellationToken.None);
        var current = await backend.GetCurrentAsync("production", CancellationToken.None);

        // Assert
        Assert.That(current!.Id, Is.EqualTo(next.Id));
        var previous = github.Emulator.State.Deployments.Single(d => d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == old.Id);
        Assert.That(previous.State, Is.EqualTo("inactive"), "GitHub never auto-inactivates production; the backend must");
        Assert.That(previous.Statuses[^1].Description, Does.Contain(next.Id));
    }

    [Test]
    public async Task A_failed_newer_deployment_leaves_the_previous_success_current()
    {
        // Arrange
        var backend = github.Backend();
        var good = await backend.CreateDeploymentAsync(github.Request(digest: "sha256:01"), CancellationToken.None);
        await backend.SetStatusAsync(good.Id, DeploymentState.Success, null, CancellationToken.None);
        var bad = await backend.CreateDeploymentAsync(github.Request(digest: "sha256:02"), CancellationToken.None);

        // Act
        await backend.SetStatusAsync(bad.Id, DeploymentState.Failure, "health check failed", CancellationToken.None);
        var current = await backend.GetCurrentAsync("staging", CancellationToken.None);

        // Assert
        Assert.That(current!.Id, Is.EqualTo(good.Id));
    }

    [Test]
    public async Task Reads_every_page_of_deployments_through_link_headers()
    {
        // Arrange
        var raw = github.RawClient();
        var options = github.Emulator.Options;
        for (var i = 0; i < 103; i++)
        {
            await raw.Repository.Deployment.Create(options.Owner, options.Repository, new NewDeployment(github.Commit)
            {
                Environment = "staging", Task = "deploy:model", AutoMerge = false, RequiredContexts = [],
                Payload = new() { ["tollgate"] = "1", ["model"] = "churn", ["version"] = $"1.0.{i}", ["digest"] = $"sha256:{i:x4}" },
            });
        }

        // Act
        var listed = await github.Backend().ListDeploymentsAsync("staging", CancellationToken.None);

        // Assert
        Assert.That(listed, Has.Count.EqualTo(103));
        Assert.That(listed[0].Model.Version, Is.EqualTo("1.0.102"));
        Assert.That(github.Emulator.Requests.Count(r => r.Method == "GET" && r.PathAndQuery.Contains("/deployments?", StringComparison.Ordinal)), Is.EqualTo(2));
        Assert.That(github.Emulator.Requests.Any(r => r.PathAndQuery.Contains("page=2", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public async Task Works_against_a_ghes_style_base_without_a_trailing_slash()
    {
        // Arrange
        await github.DisposeAsync();
        github = await EmulatedGitHub.StartAsync(new GitHubEmulator.EmulatorOptions { Prefix = "/api/v3" });
        var apiUrl = github.Emulator.BaseAddress.ToString().TrimEnd('/');
        var backend = github.Backend(github.Settings with { ApiUrl = new Uri(apiUrl) });

        // Act
        var record = await backend.CreateDeploymentAsync(github.Request(), CancellationToken.None);

        // Assert
        Assert.That(apiUrl, Does.EndWith("/api/v3"));
        Assert.That(record.State, Is.EqualTo(DeploymentState.Queued));
        Assert.That(github.Emulator.Requests.Select(r => r.PathAndQuery), Is.All.StartWith("/api/v3/repos/"));
    }
}
