using Tollgate.Core.Environments;
using Tollgate.Core.Training;

namespace Tollgate.Core.Tests.Environments;

public class PromotionServiceTests
{
    private static async Task<(string Artifact, PromotionService Service, IEnvironmentBackend Backend)> Setup(TempDir dir, string gates)
    {
        var config = SampleProject.Create(dir, gates: gates);
        var artifact = Path.Combine(dir.Path, "out", "model");
        new ModelTrainer(config).Train(artifact, d => $"1.0.0+sha.{d[7..15]}");
        var backend = BackendFactory.Create(config);
        await Task.CompletedTask;
        return (artifact, new PromotionService(config, backend), backend);
    }

    [Test]
    public async Task Promotes_along_the_edge_and_is_idempotent()
    {
        // Arrange
        using var dir = new TempDir();
        var (artifact, service, backend) = await Setup(dir, "      - metric: auc >= 0.6");
        var options = new PromotionOptions { Actor = new Actor("tester") };

        // Act
        await service.PromoteAsync(artifact, "sandbox", options, CancellationToken.None);
        var first = await service.PromoteAsync(artifact, "staging", options, CancellationToken.None);
        var again = await service.PromoteAsync(artifact, "staging", options, CancellationToken.None);

        // Assert
        Assert.That(first.Outcome, Is.EqualTo(PromotionResult.Promoted));
        Assert.That(again.Outcome, Is.EqualTo(PromotionResult.AlreadyCurrent));
        Assert.That(await backend.ListDeploymentsAsync("staging", CancellationToken.None), Has.Count.EqualTo(1));
        Assert.That(first.Deployment.GateReportDigest, Does.StartWith("sha256:"));
    }

    [Test]
    public async Task A_failing_gate_names_the_metric_value_and_threshold_and_changes_nothing()
    {
        // Arrange
        using var dir = new TempDir();
        var (artifact, service, backend) = await Setup(dir, "      - metric: auc >= 0.999");
        await service.PromoteAsync(artifact, "sandbox", new PromotionOptions(), CancellationToken.None);
        var before = await backend.ListDeploymentsAsync(null, CancellationToken.None);

        // Act
        var ex = await Assert.ThrowsAsync<CheckFailedException>(() => service.PromoteAsync(artifact, "staging", new PromotionOptions(), CancellationToken.None));

        // Assert
        Assert.That(ex!.ExitCode, Is.EqualTo(1));
        Assert.That(ex.Message, Does.Contain("auc >= 0.999").And.Contain("threshold >= 0.999").And.Contain("staging is unchanged"));
        Assert.That(await backend.ListDeploymentsAsync(null, CancellationToken.None), Has.Count.EqualTo(before.Count));
    }

    [Test]
    public async Task Refuses_to_skip_an_environment()
    {
        // Arrange
        using var dir = new TempDir();
        var (artifact, service, _) = await Setup(dir, "      - metric: auc >= 0.6");

        // Act
        var ex = await Assert.ThrowsAsync<TollgateException>(() => service.PromoteAsync(artifact, "staging", new PromotionOptions(), CancellationToken.None));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.PromotionEdge));
        Assert.That(ex.Hint, Does.Contain("--environment sandbox"));
    }

    [Test]
    public async Task Completes_a_promotion_that_died_after_creating_its_deployment()
    {
        // Arrange
        using var dir = new TempDir();
        var (artifact, service, backend) = await Setup(dir, "      - metric: auc >= 0.6");
        await service.PromoteAsync(artifact, "sandbox", new PromotionOptions(), CancellationToken.None);
        var manifest = Tollgate.Core.Artifacts.ManifestStore.Read(artifact);
        var orphan = await backend.CreateDeploymentAsync(new DeploymentRequest
        {
            Environment = "staging",
            Model = new ModelRef(manifest.Name, manifest.Version, manifest.Digest),
            Commit = "abc",
            Actor = new Actor("crashed-run"),
        }, CancellationToken.None);

        // Act
        var result = await service.PromoteAsync(artifact, "staging", new PromotionOptions(), CancellationToken.None);

        // Assert
        Assert.That(result.Outcome, Is.EqualTo(PromotionResult.Resumed));
        Assert.That(result.Deployment.Id, Is.EqualTo(orphan.Id));
        Assert.That(await backend.ListDeploymentsAsync("staging", CancellationToken.None), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Refuses_a_tampered_artifact()
    {
        // Arrange
        using var dir = new TempDir();
        var (artifact, service, _) = await Setup(dir, "      - metric: auc >= 0.6");
        var model = Path.Combine(artifact, "model.zip");
        var bytes = File.ReadAllBytes(model);
        bytes[^10] ^= 0xFF;
        File.WriteAllBytes(model, bytes);

        // Act
        var ex = await Assert.ThrowsAsync<TollgateException>(() => service.PromoteAsync(artifact, "sandbox", new PromotionOptions(), CancellationToken.None));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.DigestMismatch));
        Assert.That(ex.Message, Does.Contain("model.zip"));
    }
}
