using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Audit;
using Tollgate.Core.Environments.Retirement;
using Tollgate.Core.Oci;
using Tollgate.Core.Packaging;
using Tollgate.Core.Training;

namespace Tollgate.Core.Tests.Environments.Retirement;

public class RetirementServiceTests
{
    private sealed record Setup(TollgateConfig Config, IEnvironmentBackend Backend, string V1, string V2, string Layout);

    /// <summary>1.0.0 then 1.1.0 (trained on other data) promoted to sandbox with an OCI layout; staging holds 1.0.0.</summary>
    private static async Task<Setup> TwoVersions(TempDir dir)
    {
        var config = SampleProject.Create(dir, gates: "      - metric: auc >= 0.6");
        var backend = BackendFactory.Create(config);
        var promoter = new PromotionService(config, backend);
        var layout = Path.Combine(dir.Path, "out", "oci");
        async Task<string> Build(string version, int seed)
        {
            SampleProject.WriteData(Path.Combine(dir.Path, "data.csv"), 800, seed);
            var artifact = Path.Combine(dir.Path, "out", version);
            new ModelTrainer(config).Train(artifact, _ => version);
            var pushed = await OciLayoutPublisher.PublishAsync(artifact, layout);
            var options = new PromotionOptions { Actor = new Actor("ci"), Artifacts = [Tollgate.Core.Identity.ArtifactReference.Layout(layout, pushed.Digest).ToString()] };
            await promoter.PromoteAsync(artifact, "sandbox", options, CancellationToken.None);
            return artifact;
        }

        var v1 = await Build("1.0.0", 7);
        await promoter.PromoteAsync(v1, "staging", new PromotionOptions { Actor = new Actor("ci"), Artifacts = (await backend.ListDeploymentsAsync("sandbox", CancellationToken.None))[0].Artifacts }, CancellationToken.None);
        var v2 = await Build("1.1.0", 8);
        return new Setup(config, backend, v1, v2, layout);
    }

    [Test]
    public async Task Retiring_a_version_makes_its_deployments_inactive_removes_its_environment_tags_and_archives_it()
    {
        // Arrange
        using var dir = new TempDir();
        var s = await TwoVersions(dir);

        // Act
        var result = await new RetirementService(s.Config, s.Backend).RetireAsync(Tollgate.Core.Identity.ModelSpec.Parse("test-model@1.0.0"), "bias found in audit", new Actor("carol"), CancellationToken.None);

        // Assert
        var v1 = (await s.Backend.ListDeploymentsAsync(null, CancellationToken.None)).Where(d => d.Model.Version == "1.0.0").ToList();
        Assert.That(v1.Select(d => d.State), Is.All.EqualTo(DeploymentState.Inactive));
        Assert.That(result.EmptiedEnvironments, Is.EqualTo(new[] { "staging" }));
        Assert.That(EnvironmentState.CurrentOf(await s.Backend.ListDeploymentsAsync(null, CancellationToken.None), "sandbox")!.Model.Version, Is.EqualTo("1.1.0"));
        Assert.That(result.RemovedTags, Is.EqualTo(new[] { $"{s.Layout}:staging" }));
        var index = File.ReadAllText(Path.Combine(s.Layout, "index.json"));
        Assert.That(index, Does.Contain("\"sandbox\"").And.Not.Contain("\"staging\""), "tags of other versions stay");
        Assert.That(File.ReadAllText(Path.Combine(result.ArchiveDir, "retirement.json")), Does.Contain("bias found in audit"));
        Assert.That(File.Exists(Path.Combine(result.ArchiveDir, "gate-report.staging.json")), Is.True);
        Assert.That(result.ArchiveDir, Does.EndWith(Path.Combine(".tollgate", "archive", "test-model", "1.0.0")));
        var audit = await AuditTrails.Of(s.Backend).ListAuditAsync(CancellationToken.None);
        Assert.That(audit.Single().Kind, Is.EqualTo(AuditEntry.Retirement));
        Assert.That(audit.Single().Actor.User, Is.EqualTo("carol"));
    }

    [Test]
    public async Task Retiring_twice_records_once_and_converges()
    {
        // Arrange
        using var dir = new TempDir();
        var s = await TwoVersions(dir);
        var service = new RetirementService(s.Config, s.Backend);
        await service.RetireAsync(Tollgate.Core.Identity.ModelSpec.Parse("test-model@1.0.0"), "superseded", new Actor("carol"), CancellationToken.None);

        // Act
        var again = await service.RetireAsync(Tollgate.Core.Identity.ModelSpec.Parse("test-model@1.0.0"), "superseded", new Actor("carol"), CancellationToken.None);

        // Assert
        Assert.That(again.Recorded, Is.False);
        Assert.That(again.InactivatedDeployments, Is.Empty);
        Assert.That(await AuditTrails.Of(s.Backend).ListAuditAsync(CancellationToken.None), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_retired_version_cannot_be_promoted_again_unless_forced_and_the_force_is_recorded()
    {
        // Arrange
        using var dir = new TempDir();
        var s = await TwoVersions(dir);
        await new RetirementService(s.Config, s.Backend).RetireAsync(Tollgate.Core.Identity.ModelSpec.Parse("test-model@1.0.0"), "superseded", new Actor("carol"), CancellationToken.None);
        var promoter = new PromotionService(s.Config, s.Backend);

        // Act
        var refused = await Assert.ThrowsAsync<TollgateException>(() => promoter.PromoteAsync(s.V1, "sandbox", new PromotionOptions { Actor = new Actor("dan") }, CancellationToken.None));
        var forced = await promoter.PromoteAsync(s.V1, "sandbox", new PromotionOptions { Actor = new Actor("dan"), Force = true }, CancellationToken.None);

        // Assert
        Assert.That(refused!.Code, Is.EqualTo(ErrorCodes.VersionRetired));
        Assert.That(refused.Message, Does.Contain("retired").And.Contain("carol").And.Contain("superseded"));
        Assert.That(refused.Hint, Does.Contain("--force"));
        Assert.That(forced.Deployment.State, Is.EqualTo(DeploymentState.Success));
        Assert.That(forced.Deployment.Description, Does.Contain("forced past retirement"));
        var audit = await AuditTrails.Of(s.Backend).ListAuditAsync(CancellationToken.None);
        Assert.That(audit[0].Kind, Is.EqualTo(AuditEntry.ForcedPromotion));
        Assert.That(audit[0].Actor.User, Is.EqualTo("dan"));
    }

    [Test]
    public async Task A_retired_version_is_never_a_rollback_target()
    {
        // Arrange
        using var dir = new TempDir();
        var s = await TwoVersions(dir);
        await new RetirementService(s.Config, s.Backend).RetireAsync(Tollgate.Core.Identity.ModelSpec.Parse("test-model@1.0.0"), "superseded", new Actor("carol"), CancellationToken.None);

        // Act
        var ex = await Assert.ThrowsAsync<TollgateException>(() => new Tollgate.Core.Environments.Rollout.RollbackService(s.Backend).RollbackAsync("sandbox", null, "test", CancellationToken.None));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.RollbackImpossible));
    }
}
