using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Tests.Oci;
using Tollgate.Core.Training;

namespace Tollgate.Core.Tests.Environments.Rollout;

/// <summary>A rollout whose health source cannot be read is an unhealthy step: failure, automatic rollback, exit 1 with a code.</summary>
public class UnreadableHealthTests
{
    private const string Canary = "    strategy:\n      kind: canary\n      steps: [10, 100]\n      health:\n        source: health.json\n        thresholds: [\"error_rate <= 0.01\"]";

    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task<string> Ship(TollgateConfig config, TempDir dir, int seed)
    {
        var spec = Path.Combine(dir.Path, "training.yml");
        File.WriteAllText(spec, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(spec), "seed: \\d+", $"seed: {seed}"));
        var artifact = Path.Combine(dir.Path, $"m{seed}");
        var manifest = new ModelTrainer(config).Train(artifact, d => $"1.0.{seed}+sha.{d[7..15]}");
        new Tollgate.Core.Packaging.NuGetModelPackager(config).Pack(artifact);
        var service = new PromotionService(config, BackendFactory.Create(config));
        foreach (var env in new[] { "sandbox", "staging", "production" })
        {
            await service.PromoteAsync(artifact, env, new PromotionOptions(), None);
        }

        return manifest.Digest;
    }

    [TestCase("not-json", TestName = "A_health_source_that_is_not_JSON_fails_the_rollout_and_rolls_back")]
    [TestCase("array", TestName = "A_health_source_that_is_a_JSON_array_fails_the_rollout_and_rolls_back")]
    [TestCase("missing", TestName = "A_missing_health_source_fails_the_rollout_and_rolls_back")]
    [TestCase("refused", TestName = "A_health_endpoint_refusing_connections_fails_the_rollout_and_rolls_back")]
    [TestCase("huge", TestName = "A_health_source_larger_than_its_limit_fails_the_rollout_and_rolls_back")]
    [TestCase("hanging", TestName = "A_health_endpoint_that_never_answers_times_out_fails_the_rollout_and_rolls_back")]
    public async Task Unreadable_health_is_an_unhealthy_step(string kind)
    {
        // Arrange: one good model live in production, then the health source breaks
        using var dir = new TempDir();
        // Accepts connections and never answers: the read must time out (30 s), not hang the rollout.
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var config = SampleProject.Create(dir, gates: "      - metric: auc >= 0.6", production: Canary);
        dir.File("health.json", "{\"error_rate\": 0.001}");
        var good = await Ship(config, dir, 1);
        var source = kind switch
        {
            "not-json" => dir.File("broken.json", "error_rate=0.001"),
            "array" => dir.File("broken.json", "[0.001]"),
            "missing" => Path.Combine(dir.Path, "missing.json"),
            "huge" => dir.File("huge.json", "{\"error_rate\": 0.001, \"pad\": \"" + new string('x', Tollgate.Core.Environments.Rollout.HealthReading.MaxBytes) + "\"}"),
            "hanging" => $"http://127.0.0.1:{((System.Net.IPEndPoint)silent.LocalEndpoint).Port}/health",
            _ => $"http://127.0.0.1:{RealTools.FreePort()}/health",
        };
        var yml = Path.Combine(dir.Path, "tollgate.yml");
        File.WriteAllText(yml, File.ReadAllText(yml).Replace("source: health.json", $"source: {source}"));
        var broken = ConfigLoader.Load(yml);

        // Act
        var ex = await Assert.ThrowsAsync<CheckFailedException>(() => Ship(broken, dir, 2));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.RolloutFailed));
        Assert.That(ex.ExitCode, Is.EqualTo(1));
        Assert.That(ex.Message, Does.Contain("health source unreadable").And.Contain(ErrorCodes.HealthSourceInvalid).And.Contain("Rolled back to 1.0.1"));
        var production = await BackendFactory.Create(broken).ListDeploymentsAsync("production", None);
        Assert.That(production.Where(d => d.State is DeploymentState.Queued or DeploymentState.InProgress), Is.Empty, "nothing is left in progress");
        Assert.That(production.Single(d => d.Model.Version.StartsWith("1.0.2", StringComparison.Ordinal)).State, Is.EqualTo(DeploymentState.Failure));
        Assert.That(EnvironmentState.CurrentOf(production, "production")!.Model.Digest, Is.EqualTo(good));
    }

    [Test]
    public async Task A_health_source_without_a_thresholds_metric_is_unhealthy_and_rolls_back()
    {
        // Arrange: the source is a readable JSON object, but the metric the threshold names is missing
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: "      - metric: auc >= 0.6", production: Canary);
        dir.File("health.json", "{\"error_rate\": 0.001}");
        var good = await Ship(config, dir, 1);
        dir.File("health.json", "{\"latency_p95\": 120}");

        // Act
        var ex = await Assert.ThrowsAsync<CheckFailedException>(() => Ship(config, dir, 2));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.RolloutFailed));
        Assert.That(ex.ExitCode, Is.EqualTo(1));
        Assert.That(ex.Message, Does.Contain("error_rate missing").And.Contain("Rolled back to 1.0.1"));
        var production = await BackendFactory.Create(config).ListDeploymentsAsync("production", None);
        Assert.That(production.Where(d => d.State is DeploymentState.Queued or DeploymentState.InProgress), Is.Empty, "nothing is left in progress");
        Assert.That(EnvironmentState.CurrentOf(production, "production")!.Model.Digest, Is.EqualTo(good));
    }
}
