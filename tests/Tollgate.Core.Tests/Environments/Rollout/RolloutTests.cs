using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Rollout;
using Tollgate.Core.Training;

namespace Tollgate.Core.Tests.Environments.Rollout;

public class RolloutTests
{
    private const string Canary = "    strategy:\n      kind: canary\n      steps: [10, 50, 100]\n      health:\n        source: health.json\n        thresholds: [\"error_rate <= 0.01\", \"latency_p95 <= 250\"]";

    private static readonly CancellationToken None = CancellationToken.None;

    private sealed record World(TempDir Dir, TollgateConfig Config, IEnvironmentBackend Backend, PromotionService Service);

    private static World Create(TempDir dir, string production)
    {
        var config = SampleProject.Create(dir, gates: "      - metric: auc >= 0.6", production: production);
        var backend = BackendFactory.Create(config);
        return new World(dir, config, backend, new PromotionService(config, backend));
    }

    private static async Task<ModelManifest> ShipToProduction(World w, int seed, string folder)
    {
        var spec = Path.Combine(w.Dir.Path, "training.yml");
        File.WriteAllText(spec, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(spec), "seed: \\d+", $"seed: {seed}"));
        var artifact = Path.Combine(w.Dir.Path, folder);
        var manifest = new ModelTrainer(w.Config).Train(artifact, d => $"1.0.{seed}+sha.{d[7..15]}");
        new Tollgate.Core.Packaging.NuGetModelPackager(w.Config).Pack(artifact);
        foreach (var env in new[] { "sandbox", "staging", "production" })
        {
            await w.Service.PromoteAsync(artifact, env, new PromotionOptions(), None);
        }

        return manifest;
    }

    private static void Health(TempDir dir, double errorRate) =>
        dir.File("health.json", $"{{\"error_rate\": {errorRate.ToString(System.Globalization.CultureInfo.InvariantCulture)}, \"latency_p95\": 120}}");

    [Test]
    public async Task Canary_records_each_step_and_succeeds_when_healthy()
    {
        // Arrange
        using var dir = new TempDir();
        var world = Create(dir, Canary);
        Health(dir, 0.001);

        // Act
        var manifest = await ShipToProduction(world, 1, "m1");

        // Assert
        var deployment = EnvironmentState.CurrentOf(await world.Backend.ListDeploymentsAsync(null, None), "production")!;
        Assert.That(deployment.Model.Digest, Is.EqualTo(manifest.Digest));
        Assert.That(deployment.Strategy, Is.EqualTo("canary"));
        Assert.That(deployment.Statuses.Select(s => s.Description), Has.Some.Contains("canary 10%").And.Some.Contains("canary 50%").And.Some.Contains("canary 100%"));
    }

    [Test]
    public async Task An_unhealthy_canary_step_fails_the_deployment_and_restores_the_last_good_digest()
    {
        // Arrange
        using var dir = new TempDir();
        var world = Create(dir, Canary);
        Health(dir, 0.001);
        var good = await ShipToProduction(world, 1, "m1");
        Health(dir, 0.2);

        // Act
        var ex = await Assert.ThrowsAsync<CheckFailedException>(() => ShipToProduction(world, 2, "m2"));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.RolloutFailed));
        Assert.That(ex.Message, Does.Contain("error_rate=0.2 violates error_rate <= 0.01").And.Contain($"Rolled back to {good.Version}"));
        var production = (await world.Backend.ListDeploymentsAsync("production", None)).ToList();
        Assert.That(production[0].Strategy, Is.EqualTo("rollback"));
        Assert.That(production[0].Description, Does.StartWith("automatic rollback"));
        Assert.That(production[1].State, Is.EqualTo(DeploymentState.Failure));
        Assert.That(EnvironmentState.CurrentOf(production, "production")!.Model.Digest, Is.EqualTo(good.Digest));
    }

    [Test]
    public async Task Blue_green_alternates_slots_and_manual_rollback_returns_the_previous_version()
    {
        // Arrange
        using var dir = new TempDir();
        var world = Create(dir, "    strategy:\n      kind: blue-green\n      health:\n        source: health.csv\n        thresholds: [\"error_rate <= 0.05\"]");
        dir.File("health.csv", "metric,value\nerror_rate,0.01\n");
        var first = await ShipToProduction(world, 1, "m1");
        var second = await ShipToProduction(world, 2, "m2");

        // Act
        var restored = (await new RollbackService(world.Backend).RollbackAsync("production", null, "bad reviews", None)).Deployment;

        // Assert
        var production = await world.Backend.ListDeploymentsAsync("production", None);
        Assert.That(production.Single(d => d.Model.Digest == first.Digest && d.Strategy == "blue-green").Statuses[^2].Description, Does.Contain("slot blue"));
        Assert.That(production.Single(d => d.Model.Digest == second.Digest).Statuses.Select(s => s.Description), Has.Some.Contains("slot green"));
        Assert.That(restored.Model.Digest, Is.EqualTo(first.Digest));
        Assert.That(restored.Description, Does.Contain($"rollback from {second.Version}: bad reviews"));
        Assert.That(EnvironmentState.CurrentOf(production, "production")!.Id, Is.EqualTo(restored.Id));
    }

    [Test]
    public async Task Rollback_to_a_version_that_never_ran_there_names_the_versions_that_did()
    {
        // Arrange
        using var dir = new TempDir();
        var world = Create(dir, "");
        var first = await ShipToProduction(world, 1, "m1");
        await ShipToProduction(world, 2, "m2");

        // Act
        var ex = await Assert.ThrowsAsync<TollgateException>(() => new RollbackService(world.Backend).RollbackAsync("production", "9.9.9", "x", None));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.RollbackImpossible));
        Assert.That(ex.Hint, Does.Contain(first.Version));
    }

    [Test]
    public void Canary_steps_must_rise_and_end_at_100()
    {
        using var dir = new TempDir();
        var ex = Assert.Throws<TollgateException>(() => SampleProject.Create(dir, production: "    strategy:\n      kind: canary\n      steps: [50, 10]"));
        Assert.That(ex!.Message, Does.Contain("must rise strictly and end at 100"));
    }

    [TestCase(false, TestName = "Shadow_lets_a_candidate_that_agrees_on_mirrored_requests_take_traffic")]
    [TestCase(true, TestName = "Shadow_keeps_the_running_model_when_the_candidate_disagrees_on_mirrored_requests")]
    public async Task Shadow_compares_with_the_running_model_before_real_traffic(bool flipLabels)
    {
        // Arrange: mirrored requests are the first 200 rows' inputs, as JSON lines
        using var dir = new TempDir();
        var world = Create(dir, "    strategy:\n      kind: shadow\n      mirror: mirror.jsonl\n      minAgreement: 0.9");
        var rows = File.ReadAllLines(Path.Combine(dir.Path, "data.csv")).Skip(1).Take(200).Select(l => l.Split(','));
        File.WriteAllLines(Path.Combine(dir.Path, "mirror.jsonl"), rows.Select(c => $"{{\"tenure\": {c[0]}, \"charges\": {c[1]}, \"contract\": \"{c[2]}\"}}"));
        var good = await ShipToProduction(world, 1, "m1");
        if (flipLabels)
        {
            var csv = Path.Combine(dir.Path, "data.csv");
            var lines = File.ReadAllLines(csv);
            File.WriteAllLines(csv, [lines[0], .. lines.Skip(1).Select(l => l[..^1] + (l[^1] == '1' ? "0" : "1"))]);
        }

        // Act
        var failure = flipLabels ? await Assert.ThrowsAsync<CheckFailedException>(() => ShipToProduction(world, 2, "m2")) : null;
        var shipped = flipLabels ? null : await ShipToProduction(world, 2, "m2");

        // Assert
        var production = await world.Backend.ListDeploymentsAsync("production", None);
        var current = EnvironmentState.CurrentOf(production, "production")!;
        Assert.That(production[0].Statuses.Select(s => s.Description), Has.Some.Contains("shadow: receiving mirrored traffic"));
        if (flipLabels)
        {
            Assert.That(failure!.Message, Does.Contain("failed its shadow comparison").And.Contain("kept all real traffic"));
            Assert.That(production[0].State, Is.EqualTo(DeploymentState.Failure));
            Assert.That(current.Model.Digest, Is.EqualTo(good.Digest));
        }
        else
        {
            Assert.That(current.Model.Digest, Is.EqualTo(shipped!.Digest));
            Assert.That(current.Strategy, Is.EqualTo("shadow"));
        }
    }
}
