using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Git;
using Tollgate.Core.Environments.Rollout;
using Tollgate.Core.Errors;
using Tollgate.Core.Ledger;
using Tollgate.Core.Tests.Environments.GitHub;
using Tollgate.Core.Tests.Support;

namespace Tollgate.Core.Tests.Environments;

/// <summary>
/// Two models sharing one backend and one environment name: on every backend (local ledger file, git ledger on a real bare
/// repository, GitHub through the emulator) "current" and the promotion compare-and-swap are per (model, environment).
/// </summary>
[NonParallelizable]
public class SharedEnvironmentBackendTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public enum Kind
    {
        Local,
        Git,
        GitHub,
    }

    private static DeploymentRequest Request(string model, int n, string? expected, string commit) => new()
    {
        Environment = "staging",
        Model = new ModelRef(model, model == "alpha" ? $"1.0.{n}" : $"2.0.{n}", "sha256:" + (model == "alpha" ? n : 1000 + n).ToString("x64", System.Globalization.CultureInfo.InvariantCulture)),
        Commit = commit,
        Actor = new Actor("ci"),
        ExpectedCurrentDeploymentId = expected ?? DeploymentRequest.NoCurrent,
    };

    [TestCase(Kind.Local)]
    [TestCase(Kind.Git)]
    [TestCase(Kind.GitHub)]
    public async Task A_success_of_one_model_leaves_the_other_models_deployment_live(Kind kind)
    {
        // Arrange
        await using var world = await World.StartAsync(kind);
        var a = await world.GoLive("alpha", 1, null);

        // Act
        var b = await world.GoLive("beta", 1, null);
        var fresh = world.Backend();

        // Assert
        var reader = (ICurrentDeploymentReader)fresh;
        Assert.That((await reader.GetCurrentAsync("staging", "alpha", None))?.Id, Is.EqualTo(a.Id), "alpha is still live");
        Assert.That((await reader.GetCurrentAsync("staging", "beta", None))?.Id, Is.EqualTo(b.Id));
        Assert.That((await reader.GetCurrentAsync("staging", None))?.Id, Is.EqualTo(b.Id), "without a model: the newest live deployment of any model");
        var listed = await fresh.ListDeploymentsAsync("staging", None);
        Assert.That(EnvironmentState.CurrentOfEach(listed, "staging").Select(d => d.Model.Name), Is.EquivalentTo(new[] { "alpha", "beta" }));
    }

    [TestCase(Kind.Local)]
    [TestCase(Kind.Git)]
    [TestCase(Kind.GitHub)]
    public async Task Another_model_going_live_meanwhile_is_no_race_but_the_same_model_is(Kind kind)
    {
        // Arrange: alpha 1 live; alpha 2 is created expecting it, then beta goes live in the same environment
        await using var world = await World.StartAsync(kind);
        var a1 = await world.GoLive("alpha", 1, null);
        var a2 = await world.Backend().CreateDeploymentAsync(world.Request("alpha", 2, a1.Id), None);
        await world.GoLive("beta", 1, null);

        // Act
        var promoted = await world.Backend().SetStatusAsync(a2.Id, DeploymentState.Success, "live", None);
        var lost = await Assert.ThrowsAsync<CheckFailedException>(() => world.Backend().CreateDeploymentAsync(world.Request("alpha", 3, a1.Id), None));

        // Assert
        Assert.That(promoted.State, Is.EqualTo(DeploymentState.Success));
        Assert.That(lost!.Code, Is.EqualTo(ErrorCodes.PromotionRaceLost), "alpha 2 became alpha's current after alpha 3 read alpha 1");
        var reader = (ICurrentDeploymentReader)world.Backend();
        Assert.That((await reader.GetCurrentAsync("staging", "alpha", None))?.Id, Is.EqualTo(a2.Id));
        Assert.That((await reader.GetCurrentAsync("staging", "beta", None))?.Model.Name, Is.EqualTo("beta"));
    }

    [TestCase(Kind.Local)]
    [TestCase(Kind.GitHub)]
    public async Task A_rollback_without_a_config_rolls_back_the_model_live_last_and_only_within_it(Kind kind)
    {
        // Arrange: alpha 1, then beta 1, beta 2 live in staging (beta 2 the newest)
        await using var world = await World.StartAsync(kind);
        var a1 = await world.GoLive("alpha", 1, null);
        var b1 = await world.GoLive("beta", 1, null);
        await world.GoLive("beta", 2, b1.Id);

        // Act
        var back = await new RollbackService(world.Backend()).RollbackAsync("staging", null, "bad", None);
        var toAlpha = await Assert.ThrowsAsync<TollgateException>(() => new RollbackService(world.Backend()).RollbackAsync("staging", a1.Model.Version, "bad", None));

        // Assert
        Assert.That(back.Deployment.Model, Is.EqualTo(b1.Model), "beta's previous version, not alpha's");
        Assert.That(toAlpha!.Code, Is.EqualTo(ErrorCodes.RollbackImpossible));
        Assert.That(toAlpha.Message, Does.Contain($"Version {a1.Model.Version} never ran successfully in 'staging'"));
        Assert.That((await ((ICurrentDeploymentReader)world.Backend()).GetCurrentAsync("staging", "alpha", None))?.Id, Is.EqualTo(a1.Id), "alpha untouched");
    }

    [Test]
    public async Task The_live_state_keeps_each_models_last_live_deployments_however_busy_the_other_model_is()
    {
        // Arrange: alpha 1..3 went live in staging, then beta 20 times (more than the per-(model, environment) bound)
        await using var world = await World.StartAsync(Kind.Local);
        string? previous = null;
        var alpha = new List<DeploymentRecord>();
        for (var n = 1; n <= 3; n++)
        {
            alpha.Add(await world.GoLive("alpha", n, previous));
            previous = alpha[^1].Id;
        }

        previous = null;
        var beta = new List<string>();
        for (var n = 1; n <= LedgerState.LivePerEnvironment * 2; n++)
        {
            previous = (await world.GoLive("beta", n, previous)).Id;
            beta.Add(previous);
        }

        // Act
        var state = new LedgerFile(world.LedgerPath!).ReadState();

        // Assert: alpha's rollback targets stay in the live state (keyed per environment only, beta's 20 pushed them out)
        Assert.That(state.DeploymentsTrimmed, Is.True, "beta's oldest ones were trimmed");
        Assert.That(alpha.Select(d => state.Find(d.Id)?.Model.Version), Is.EqualTo(new[] { "1.0.1", "1.0.2", "1.0.3" }));
        Assert.That(state.Find(beta[0]), Is.Null, "beta's oldest one is past beta's own bound");
    }

    [Test]
    public async Task A_checkpoint_written_in_format_2_is_never_read_but_rebuilt_from_the_ledger()
    {
        // Arrange: a format-2 checkpoint with a valid seal (its live state was trimmed per environment only)
        await using var world = await World.StartAsync(Kind.Local);
        var a = await world.GoLive("alpha", 1, null);
        await world.GoLive("beta", 1, null);
        var ledger = new LedgerFile(world.LedgerPath!);
        ledger.ReadState();
        var text = File.ReadAllText(ledger.CheckpointPath);
        Assert.That(text, Does.StartWith("{\"format\":3,"));
        File.WriteAllText(ledger.CheckpointPath, text.Replace("{\"format\":3,", "{\"format\":2,", StringComparison.Ordinal));

        // Act
        var loaded = LedgerCheckpoint.TryLoad(ledger.CheckpointPath);
        var current = await new LocalEnvironmentBackend(new LedgerFile(world.LedgerPath!)).GetCurrentAsync("staging", "alpha", None);

        // Assert
        Assert.That(loaded, Is.Null);
        Assert.That(current?.Id, Is.EqualTo(a.Id));
        Assert.That(File.ReadAllText(ledger.CheckpointPath), Does.StartWith("{\"format\":3,"), "rewritten in the current format");
    }

    [Test]
    public async Task Only_a_supersession_by_another_models_deployment_is_reported_as_left_by_an_earlier_version()
    {
        // Arrange: alpha 1 superseded by alpha 2 (same model, as intended); beta 1 then ended by gamma's deployment, as
        // earlier versions did; delta's only deployment was made inactive for another reason
        await using var world = await World.StartAsync(Kind.Local);
        var a1 = await world.GoLive("alpha", 1, null);
        await world.GoLive("alpha", 2, a1.Id);
        var b1 = await world.GoLive("beta", 1, null);
        var g1 = await world.GoLive("gamma", 1, null);
        var d1 = await world.GoLive("delta", 1, null);
        await world.Backend().SetStatusAsync(b1.Id, DeploymentState.Inactive, $"superseded by deployment {g1.Id}", None);
        await world.Backend().SetStatusAsync(d1.Id, DeploymentState.Inactive, "retired: broken", None);

        // Act
        var all = await world.Backend().ListDeploymentsAsync(null, None);
        var found = new[] { "alpha", "beta", "gamma", "delta" }.Select(m => CrossModelSupersession.Find(all, "staging", m)).ToList();

        // Assert
        Assert.That(found[0], Is.Null, "alpha 2 is current");
        Assert.That(found[1]?.Superseded.Id + " by " + found[1]?.By.Id, Is.EqualTo($"{b1.Id} by {g1.Id}"));
        Assert.That(found[2], Is.Null);
        Assert.That(found[3], Is.Null, "inactive for another reason");
    }

    /// <summary>One backend of each kind, with fresh instances per command as the CLI makes them.</summary>
    private sealed class World : IAsyncDisposable
    {
        private readonly TempDir? dir;
        private readonly GitRemote? remote;
        private readonly string? clone;
        private readonly EmulatedGitHub? github;

        private World(TempDir? dir, GitRemote? remote, EmulatedGitHub? github)
        {
            (this.dir, this.remote, this.github) = (dir, remote, github);
            clone = remote?.Clone("agent");
            LedgerPath = dir is null ? null : Path.Combine(dir.Path, "ledger.jsonl");
            Commit = github?.Commit ?? "c0ffee";
        }

        public string? LedgerPath { get; }

        private string Commit { get; }

        public static async Task<World> StartAsync(Kind kind) => kind switch
        {
            Kind.Local => new World(new TempDir(), null, null),
            Kind.Git => new World(null, new GitRemote(), null),
            _ => new World(null, null, await EmulatedGitHub.StartAsync()),
        };

        public IEnvironmentBackend Backend() =>
            github?.Backend() ?? (IEnvironmentBackend)new LocalEnvironmentBackend(clone is null
                ? new LedgerFile(LedgerPath!)
                : new GitLedger(new GitLedgerSettings(clone, "origin", GitLedgerSettings.DefaultRef)));

        public DeploymentRequest Request(string model, int n, string? expected) => SharedEnvironmentBackendTests.Request(model, n, expected, Commit);

        /// <summary>Creates a deployment and makes it live, as a promotion would (expecting <paramref name="expected"/> as the model's current).</summary>
        public async Task<DeploymentRecord> GoLive(string model, int n, string? expected)
        {
            var backend = Backend();
            var created = await backend.CreateDeploymentAsync(Request(model, n, expected), None);
            return await backend.SetStatusAsync(created.Id, DeploymentState.Success, "live", None);
        }

        public async ValueTask DisposeAsync()
        {
            dir?.Dispose();
            remote?.Dispose();
            if (github is not null)
            {
                await github.DisposeAsync();
            }
        }
    }
}
