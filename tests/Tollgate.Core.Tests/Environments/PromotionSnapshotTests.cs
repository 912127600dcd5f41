using Tollgate.Core.Artifacts;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Audit;
using Tollgate.Core.Training;

namespace Tollgate.Core.Tests.Environments;

/// <summary>
/// A promotion reads the backend's deployments once and passes that snapshot down (resume, edge, validation, gates),
/// on the real local ledger; only a resumed rollback (state moved) makes it list again.
/// </summary>
public class PromotionSnapshotTests
{
    [Test]
    public async Task A_promotion_with_gates_lists_the_deployments_once()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: "      - metric: auc >= 0.6\n      - baseline: auc >= baseline - 0.05");
        var artifactDir = Path.Combine(dir.Path, "out", "model");
        new ModelTrainer(config).Train(artifactDir, d => $"1.0.0+sha.{d[7..15]}");
        var backend = new CountingBackend((LocalEnvironmentBackend)BackendFactory.Create(config));
        var service = new PromotionService(config, backend);
        var artifact = VerifiedArtifact.Load(artifactDir);
        var options = new PromotionOptions { Actor = new Actor("tester"), RerunGates = true };

        // Act
        var sandbox = await Listings(backend, () => service.PromoteAsync(artifact, "sandbox", options, CancellationToken.None));
        var staging = await Listings(backend, () => service.PromoteAsync(artifact, "staging", options, CancellationToken.None));
        var again = await Listings(backend, () => service.PromoteAsync(artifact, "staging", options, CancellationToken.None));

        // Assert
        TestContext.Out.WriteLine($"FIGURE listings per promotion: sandbox={sandbox} staging={staging} again={again}");
        Assert.That((sandbox, staging, again), Is.EqualTo((1, 1, 1)), "one listing per promotion, gates and baseline included");
        Assert.That(EnvironmentState.CurrentOf(await backend.ListDeploymentsAsync(null, CancellationToken.None), "staging")?.Model.Digest, Is.EqualTo(artifact.Digest));
    }

    [Test]
    public async Task A_snapshot_the_caller_already_listed_is_used_as_is()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: "      - metric: auc >= 0.6");
        var artifactDir = Path.Combine(dir.Path, "out", "model");
        new ModelTrainer(config).Train(artifactDir, d => $"1.0.0+sha.{d[7..15]}");
        var backend = new CountingBackend((LocalEnvironmentBackend)BackendFactory.Create(config));
        var snapshot = await backend.ListDeploymentsAsync(null, CancellationToken.None);

        // Act
        var listed = await Listings(backend, () => new PromotionService(config, backend).PromoteAsync(
            VerifiedArtifact.Load(artifactDir), "sandbox", new PromotionOptions { Deployments = snapshot }, CancellationToken.None));

        // Assert
        Assert.That(listed, Is.Zero);
    }

    private static async Task<int> Listings(CountingBackend backend, Func<Task<PromotionResult>> act)
    {
        var before = backend.Listings;
        await act();
        return backend.Listings - before;
    }

    /// <summary>The real local ledger backend, counting how often its deployments are listed.</summary>
    private sealed class CountingBackend(LocalEnvironmentBackend inner) : IEnvironmentBackend, IAuditTrail
    {
        public int Listings { get; private set; }

        public string Kind => inner.Kind;

        public Task<IReadOnlyList<DeploymentRecord>> ListDeploymentsAsync(string? environment, CancellationToken cancellationToken)
        {
            Listings++;
            return inner.ListDeploymentsAsync(environment, cancellationToken);
        }

        public Task<DeploymentRecord> CreateDeploymentAsync(DeploymentRequest request, CancellationToken cancellationToken) => inner.CreateDeploymentAsync(request, cancellationToken);

        public Task<DeploymentRecord> SetStatusAsync(string deploymentId, DeploymentState state, string? description, CancellationToken cancellationToken) =>
            inner.SetStatusAsync(deploymentId, state, description, cancellationToken);

        public Task<AuditEntry> RecordAsync(AuditEntry entry, CancellationToken cancellationToken) => inner.RecordAsync(entry, cancellationToken);

        public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(CancellationToken cancellationToken) => inner.ListAuditAsync(cancellationToken);

        public Task<IReadOnlyList<AuditEntry>> ListAuditOfAsync(string digest, CancellationToken cancellationToken) => ((IAuditTrail)inner).ListAuditOfAsync(digest, cancellationToken);
    }
}
