using Tollgate.Core.Environments;
using Tollgate.Core.Ledger;

namespace Tollgate.Core.Tests.Environments;

/// <summary>The ledger keeps each promotion's attestation (digest and exact bytes) as an event after the deployment's success.</summary>
public class LocalEnvironmentBackendAttestationTests
{
    [Test]
    public async Task The_attestation_event_keeps_the_exact_bundle_and_projects_its_digest_onto_the_deployment_through_the_checkpoint()
    {
        // Arrange
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "ledger.jsonl");
        var backend = new LocalEnvironmentBackend(new LedgerFile(path));
        var created = await backend.CreateDeploymentAsync(new DeploymentRequest
        {
            Environment = "staging", Model = new ModelRef("m", "1.0.0", "sha256:" + new string('a', 64)), Commit = "c0ffee", Actor = new Actor("ann"),
        }, CancellationToken.None);
        var live = await backend.SetStatusAsync(created.Id, DeploymentState.Success, "live", CancellationToken.None);
        byte[] bundle = [.. "{\"mediaType\":\"x\",\"a\":\"\\u00e9\"}"u8]; // bytes JSON re-serialisation would change
        var digest = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bundle));

        // Act
        await backend.RecordAttestationAsync(live, digest, bundle, CancellationToken.None);
        await backend.SetStatusAsync(created.Id, DeploymentState.Success, "again", CancellationToken.None); // a later append folds past the checkpoint
        var reader = new LocalEnvironmentBackend(new LedgerFile(path)); // another process: state from the checkpoint
        var recorded = await reader.ListAttestationsAsync(CancellationToken.None);
        var deployment = (await reader.ListDeploymentsAsync("staging", CancellationToken.None)).Single();

        // Assert
        Assert.That(recorded.Single().Bundle, Is.EqualTo(bundle));
        Assert.That(recorded.Single().Digest, Is.EqualTo(digest));
        Assert.That(recorded.Single().DeploymentId, Is.EqualTo(created.Id));
        Assert.That(deployment.AttestationDigest, Is.EqualTo(digest));
        Assert.That(LedgerState.Fold(new LedgerFile(path).ReadAll()).Find(created.Id)!.AttestationDigest, Is.EqualTo(digest), "folding every event agrees with the checkpoint");
        Assert.That(deployment.State, Is.EqualTo(DeploymentState.Success), "the attestation event is not a status");
        Assert.That(new LedgerFile(path).Verify(), Is.EqualTo(4));
    }
}
