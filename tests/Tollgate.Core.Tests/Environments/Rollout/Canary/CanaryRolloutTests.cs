using System.Globalization;
using System.Text.Json;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Training;

namespace Tollgate.Core.Tests.Environments.Rollout.Canary;

/// <summary>
/// Promotions to a production canary with <c>strategy.health.judge</c>: the serving system's cumulative per-deployment
/// counts change between steps (the test writes the next step's counts when the rollout reports a step done).
/// </summary>
[TestFixture]
public sealed class CanaryRolloutTests
{
    private const string Judged = "    strategy:\n      kind: canary\n      steps: [10, 50, 100]\n      health:\n        source: health.json\n        thresholds: []\n        judge: { minRequests: 500, deadline: DEADLINE, poll: 0.05 }";

    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task A_candidate_as_good_as_the_baseline_passes_every_step_and_the_report_plots_its_path()
    {
        // Arrange: step 1 first reports too little traffic; the judge waits and re-reads.
        using var dir = new TempDir();
        var (config, backend) = await WithRunningModel(dir, deadline: 10);
        var counts = new Queue<string>([Counts(1000, 10, 9000, 90), Counts(6000, 60, 14000, 140), Counts(16000, 160, 14000, 140)]);
        dir.File("health.json", Counts(100, 1, 900, 9));
        var progress = new CountsFeed(dir, counts, "inconclusive", "canary 10%: healthy", "canary 50%: healthy");

        // Act
        var manifest = await Ship(dir, config, backend, 2, progress);

        // Assert
        var deployment = EnvironmentState.CurrentOf(await backend.ListDeploymentsAsync("production", None), "production")!;
        Assert.That(deployment.Model.Digest, Is.EqualTo(manifest.Digest));
        Assert.That(deployment.Statuses.Select(s => s.Description), Has.Some.Contains("canary 10% of traffic: healthy; judge continue").And.Some.Contains("judge pass"));
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.Path, "artifacts", "reports", "production", "canary-report.json")));
        Assert.That(Tollgate.Core.Util.JsonSchemaValidator.FromEmbedded("tollgate.gate-report.v1.schema.json").Validate(report.RootElement), Is.Empty, "a gate report like any other");
        var looks = report.RootElement.GetProperty("gates")[0].GetProperty("evidence").GetProperty("looks").EnumerateArray().ToList();
        Assert.That(looks.Select(l => l.GetProperty("decision").GetString()), Is.EqualTo(new[] { "inconclusive", "continue", "continue", "pass" }));
        var html = File.ReadAllText(Path.Combine(dir.Path, "artifacts", "reports", "production", "canary-report.html"));
        Assert.That(html, Does.Contain("id=\"canary-path\"").And.Contain("<circle"));
    }

    [Test]
    public async Task A_candidate_that_fails_more_often_is_rolled_back_with_TOLLGATE1401()
    {
        // Arrange
        using var dir = new TempDir();
        var (config, backend) = await WithRunningModel(dir, deadline: 0);
        dir.File("health.json", Counts(1000, 10, 9000, 90));
        var progress = new CountsFeed(dir, new Queue<string>([Counts(6000, 600, 14000, 140)]), "canary 10%: healthy");

        // Act
        var ex = await Assert.ThrowsAsync<CheckFailedException>(() => Ship(dir, config, backend, 2, progress));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.CanaryRegression));
        Assert.That(ex.Message, Does.Contain("canary 50% judged regression").And.Contain("Rolled back to"));
        var production = await backend.ListDeploymentsAsync("production", None);
        Assert.That(production[0].Strategy, Is.EqualTo("rollback"));
        Assert.That(production[1].State, Is.EqualTo(DeploymentState.Failure));
    }

    [Test]
    public async Task Too_little_traffic_after_the_deadline_fails_closed_with_TOLLGATE1403()
    {
        // Arrange
        using var dir = new TempDir();
        var (config, backend) = await WithRunningModel(dir, deadline: 0);
        dir.File("health.json", Counts(10, 0, 90, 1));

        // Act
        var ex = await Assert.ThrowsAsync<CheckFailedException>(() => Ship(dir, config, backend, 2, null));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.CanaryInconclusive));
        Assert.That(ex.Message, Does.Contain("fail closed").And.Contain("too little traffic"));
    }

    [Test]
    public async Task A_health_source_without_per_deployment_counts_fails_closed_with_TOLLGATE1404()
    {
        // Arrange: only the old top-level numbers.
        using var dir = new TempDir();
        var (config, backend) = await WithRunningModel(dir, deadline: 0);
        dir.File("health.json", "{\"error_rate\": 0.001}");

        // Act
        var ex = await Assert.ThrowsAsync<CheckFailedException>(() => Ship(dir, config, backend, 2, null));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.HealthCountsInvalid));
        Assert.That(ex.Message, Does.Contain("no \"deployments\" object"));
    }

    /// <summary>A project whose production already runs model 1 (the judge is skipped: nothing ran before it).</summary>
    private static async Task<(TollgateConfig, IEnvironmentBackend)> WithRunningModel(TempDir dir, double deadline)
    {
        var config = SampleProject.Create(dir, gates: "      - metric: auc >= 0.6", production: Judged.Replace("DEADLINE", deadline.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var backend = BackendFactory.Create(config);
        dir.File("health.json", "{}");
        await Ship(dir, config, backend, 1, null);
        return (config, backend);
    }

    private static async Task<ModelManifest> Ship(TempDir dir, TollgateConfig config, IEnvironmentBackend backend, int seed, IProgress<string>? progress)
    {
        var spec = Path.Combine(dir.Path, "training.yml");
        File.WriteAllText(spec, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(spec), "seed: \\d+", $"seed: {seed}"));
        var artifact = Path.Combine(dir.Path, $"m{seed}");
        var manifest = new ModelTrainer(config).Train(artifact, d => $"1.0.{seed}+sha.{d[7..15]}");
        new Tollgate.Core.Packaging.NuGetModelPackager(config).Pack(artifact);
        var service = new PromotionService(config, backend, progress);
        foreach (var env in new[] { "sandbox", "staging", "production" })
        {
            await service.PromoteAsync(artifact, env, new PromotionOptions(), None);
        }

        return manifest;
    }

    private static string Counts(long n1, long x1, long n2, long x2) =>
        $"{{\"error_rate\": 0.01, \"deployments\": {{\"candidate\": {{\"requests\": {n1}, \"errors\": {x1}}}, \"baseline\": {{\"requests\": {n2}, \"errors\": {x2}}}}}}}";

    /// <summary>Plays the serving system: when the rollout reports one of the triggers, the next counts are published.</summary>
    private sealed class CountsFeed(TempDir dir, Queue<string> next, params string[] triggers) : IProgress<string>
    {
        public void Report(string value)
        {
            if (triggers.Any(t => value.Contains(t, StringComparison.Ordinal)) && next.Count > 0)
            {
                dir.File("health.json", next.Dequeue());
            }
        }
    }
}
