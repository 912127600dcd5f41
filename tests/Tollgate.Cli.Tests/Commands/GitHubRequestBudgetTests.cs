using System.Globalization;
using Octokit;

namespace Tollgate.Cli.Tests.Commands;

/// <summary>
/// The GitHub backend's request budget, counted by the loopback emulator in a repository that already holds 250 older
/// deployments (150 of another tool, 100 older ones of this model): a whole PromoteStaging (train → validate → pack →
/// sandbox → staging) in at most 60 requests, a status in at most 5; other tools' deployments stay live. Also three CI
/// jobs in fresh clones promoting sandbox → staging → production on the GitHub backend.
/// </summary>
[NonParallelizable]
public class GitHubRequestBudgetTests
{
    private const string Yml = "model:\n  name: cli-model\n  training: training.yml\n  output: out/model\npackage:\n  feed: out/feed\n  ociLayout: out/oci\n"
        + "environments:\n  - name: sandbox\n  - name: staging\n    gates:\n      - metric: auc >= 0.6\n  - name: production\n";

    [Test]
    public async Task PromoteStaging_and_status_stay_within_their_request_budgets()
    {
        // Arrange
        await using var emulator = await GitHubEmulator.GitHubEmulator.StartAsync();
        using var github = new GitHubEmulatorJob(emulator);
        using var remote = new GitRemote();
        using var project = new TempProject();
        var (clone, sha) = github.Clone(remote, project, "job", Yml);
        var foreign = await SeedAsync(emulator, sha);
        using (var http = new HttpClient())
        {
            using var put = new HttpRequestMessage(HttpMethod.Put, new Uri(emulator.BaseAddress, $"repos/{emulator.Options.Owner}/{emulator.Options.Repository}/environments/staging"))
            {
                Content = new StringContent("{\"wait_timer\": 5, \"reviewers\": [{\"type\": \"User\", \"id\": 7}]}", System.Text.Encoding.UTF8, "application/json"),
            };
            put.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", emulator.Token);
            put.Headers.UserAgent.ParseAdd("seed");
            Assert.That((int)(await http.SendAsync(put)).StatusCode, Is.EqualTo(200));
        }

        var config = Path.Combine(clone, "tollgate.yml");

        // Act
        var before = emulator.Requests.Count;
        var usedBefore = emulator.RateLimitUsed;
        var steps = new[] { new[] { "train" }, ["validate", "-e", "staging"], ["pack"], ["promote", "-e", "sandbox"], ["promote", "-e", "staging"] }
            .Select(args => (Name: string.Join(' ', args), From: emulator.Requests.Count, Run: CliHarness.Run([.. args, "--config", config]), To: emulator.Requests.Count)).ToList();
        var pipeline = emulator.Requests.Skip(before).ToList();
        var counted = emulator.RateLimitUsed - usedBefore;
        var status = CliHarness.Run("status", "--config", config, "--json");
        var statusRequests = emulator.Requests.Skip(before + pipeline.Count).ToList();

        // Assert
        foreach (var (name, _, run, _) in steps)
        {
            Assert.That(run.ExitCode, Is.EqualTo(0), $"{name}: {run.Err}");
        }

        // A GET repeated within one command carries the previous answer's ETag; unchanged answers are 304s, not counted.
        var repeats = steps.SelectMany(step => emulator.Requests.Skip(step.From).Take(step.To - step.From)
            .Where(r => r.Method == "GET").GroupBy(r => r.PathAndQuery).SelectMany(g => g.Skip(1))).ToList();
        Assert.That(repeats, Is.Not.Empty, "the race checks re-read the environment");
        Assert.That(repeats.Where(r => r.Header("If-None-Match") is null), Is.Empty, Describe(repeats));
        var notModified = pipeline.Count(r => r.Status == 304);
        Assert.That(notModified, Is.GreaterThan(0), Describe(repeats));
        Assert.That(counted, Is.EqualTo(pipeline.Count - notModified), "304 answers do not count against the rate limit");

        Assert.That(steps[3].Run.Err, Does.Contain($"Tollgate: backend github ({emulator.Options.Owner}/{emulator.Options.Repository} at"));
        Assert.That(status.ExitCode, Is.EqualTo(0), status.Err);
        Assert.That(status.Out, Does.Contain("\"environment\": \"staging\""));
        Assert.That(status.Out, Does.Contain("\"reviewers\": [\n").And.Contain("\"user-7\"").And.Contain("\"waitTimerMinutes\": 5"), status.Out);
        Assert.That(steps[4].Run.Err, Does.Contain("warning: GitHub environment 'staging' requires reviewers (user-7)").And.Contain("bypasses them").And.Contain("approvals:"));
        Assert.That(steps[3].Run.Err, Does.Not.Contain("requires reviewers"), "sandbox has no reviewers");
        Assert.That(pipeline, Has.Count.LessThanOrEqualTo(60), Describe(pipeline));
        Assert.That(statusRequests, Has.Count.LessThanOrEqualTo(5), Describe(statusRequests));
        var states = emulator.State.Deployments.Where(d => foreign.Contains(d.Id)).Select(d => d.State).Distinct();
        Assert.That(states, Is.EqualTo(new[] { "success" }), "other tools' deployments stay live");
        TestContext.Out.WriteLine($"PromoteStaging: {pipeline.Count} requests ({notModified} of them 304, {counted} counted); status: {statusRequests.Count}");
    }

    [Test]
    public async Task Three_jobs_in_fresh_clones_promote_through_every_environment_on_the_GitHub_backend()
    {
        // Arrange: the artifact travels through the real docker-registry, the state through GitHub (the emulator)
        await using var emulator = await GitHubEmulator.GitHubEmulator.StartAsync();
        using var github = new GitHubEmulatorJob(emulator);
        using var registry = Core.Tests.Oci.RegistryProcess.Start();
        using var remote = new GitRemote();
        using var project = new TempProject();
        var yml = Yml.Replace("  ociLayout: out/oci\n", $"  ociLayout: out/oci\n  ociRepository: {registry.Host}/models/cli\n", StringComparison.Ordinal);
        var job1 = github.Clone(remote, project, "job1", yml).Path;
        (int ExitCode, string Out, string Err) Run(string clone, params string[] args) => CliHarness.Run([.. args, "--config", Path.Combine(clone, "tollgate.yml")]);

        // Act
        var job1Runs = new[] { Run(job1, "train"), Run(job1, "pack"), Run(job1, "push", "--oci", $"{registry.Host}/models/cli"), Run(job1, "promote", "-e", "sandbox") };
        var staging = Run(remote.Clone("job2", yml), "promote", "-e", "staging");
        var production = Run(remote.Clone("job3", yml), "promote", "-e", "production");
        var status = Run(remote.Clone("reader", yml), "status", "--json");

        // Assert
        Assert.That(job1Runs.Select(r => r.ExitCode), Is.All.EqualTo(0), string.Join("\n", job1Runs.Select(r => r.Err)));
        Assert.That(staging.ExitCode, Is.EqualTo(0), staging.Err);
        Assert.That(production.ExitCode, Is.EqualTo(0), production.Err);
        Assert.That(production.Err, Does.Contain($"from oci://{registry.Host}/models/cli@sha256:"));
        var rows = System.Text.Json.JsonDocument.Parse(status.Out).RootElement.GetProperty("environments").EnumerateArray().ToList();
        Assert.That(rows.Select(r => r.GetProperty("digest").GetString()).Distinct().Count(), Is.EqualTo(1), status.Out);
        var live = emulator.State.Deployments.Where(d => d.State == "success").Select(d => d.Environment).Order();
        Assert.That(live, Is.EqualTo(new[] { "production", "sandbox", "staging" }));
        Assert.That(emulator.State.Deployments.Single(d => d.Environment == "production").ProductionEnvironment, Is.True);
        Assert.That(emulator.State.Deployments.Single(d => d.Environment == "sandbox").TransientEnvironment, Is.True);
    }

    /// <summary>150 live deployments of another tool in staging and production, then 100 older ones of this model (the newest of each environment live).</summary>
    private static async Task<HashSet<long>> SeedAsync(GitHubEmulator.GitHubEmulator emulator, string sha)
    {
        var client = new GitHubClient(new Connection(new ProductHeaderValue("seed"), emulator.BaseAddress, new Octokit.Internal.InMemoryCredentialStore(new Credentials(emulator.Token))));
        var (owner, repo) = (emulator.Options.Owner, emulator.Options.Repository);
        var foreign = new HashSet<long>();
        for (var i = 0; i < 150; i++)
        {
            var web = await client.Repository.Deployment.Create(owner, repo, new NewDeployment(sha) { Environment = i % 2 == 0 ? "staging" : "production", Task = "deploy", AutoMerge = false, RequiredContexts = [] });
            foreign.Add(web.Id);
            if (i >= 148)
            {
                await client.Repository.Deployment.Status.Create(owner, repo, web.Id, new NewDeploymentStatus(DeploymentState.Success) { AutoInactive = false });
            }
        }

        for (var i = 0; i < 100; i++)
        {
            var environment = i % 2 == 0 ? "sandbox" : "staging";
            var payload = new Dictionary<string, string>
            {
                ["tollgate"] = "1", ["model"] = "cli-model", ["version"] = $"0.9.{i}+sha.{i:x8}", ["digest"] = "sha256:" + i.ToString("x64", CultureInfo.InvariantCulture),
            };
            var old = await client.Repository.Deployment.Create(owner, repo, new NewDeployment(sha) { Environment = environment, Task = "deploy:model", AutoMerge = false, RequiredContexts = [], Payload = payload });
            await client.Repository.Deployment.Status.Create(owner, repo, old.Id, new NewDeploymentStatus(i >= 98 ? DeploymentState.Success : DeploymentState.Inactive) { AutoInactive = false });
        }

        foreign.RemoveWhere(id => emulator.State.Deployments.Single(d => d.Id == id).State != "success");
        return foreign;
    }

    private static string Describe(IEnumerable<GitHubEmulator.RecordedRequest> requests) =>
        string.Join('\n', requests.GroupBy(r => r.Method + " " + System.Text.RegularExpressions.Regex.Replace(r.PathAndQuery, "[0-9]{6,}", "{id}")).Select(g => $"{g.Count(),4} {g.Key}"));
}
