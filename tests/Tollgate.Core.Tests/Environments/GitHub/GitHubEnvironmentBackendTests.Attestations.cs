using System.Globalization;
using Tollgate.Core.Environments;

namespace Tollgate.Core.Tests.Environments.GitHub;

/// <summary>The attestation digest travels with the GitHub deployment as a status of the deployment itself.</summary>
public sealed partial class GitHubEnvironmentBackendTests
{
    [Test]
    public async Task Attestation_digest_is_a_status_on_the_promoted_deployment_that_a_fresh_reader_finds_and_the_audit_trail_leaves_out()
    {
        // Arrange
        var backend = github.Backend();
        var live = await LiveAsync(backend, "staging");
        var digest = "sha256:" + new string('e', 64);

        // Act
        await backend.RecordAttestationAsync(live, digest, [1, 2, 3], CancellationToken.None);
        var reader = github.Backend(); // another command, nothing cached
        var recorded = await reader.ListAttestationsAsync(CancellationToken.None);
        var audit = await reader.ListAuditAsync(CancellationToken.None);
        var current = await reader.GetCurrentAsync("staging", CancellationToken.None);

        // Assert
        Assert.That(recorded.Select(r => (r.DeploymentId, r.Digest, r.Bundle)), Is.EqualTo(new[] { (live.Id, digest, (byte[]?)null) }), "GitHub keeps the digest; the bundle travels in the registry");
        Assert.That(audit, Is.Empty, "an attestation record is not an approval, retirement or forced promotion");
        Assert.That(current?.Id, Is.EqualTo(live.Id));
        Assert.That(current!.Statuses.Select(s => s.State), Is.EqualTo(live.Statuses.Select(s => s.State)), "the record is not state history");
        var raw = await github.RawClient().Repository.Deployment.Status.GetAll(github.Emulator.Options.Owner, github.Emulator.Options.Repository, long.Parse(live.Id, CultureInfo.InvariantCulture));
        var last = raw.OrderBy(s => s.Id).Last();
        Assert.That(last.State.StringValue, Is.EqualTo("success"), "same state: nothing goes inactive");
        Assert.That(last.Description, Is.EqualTo($"tollgate:attestation env=- by=- | {digest}"));
        Assert.That(last.Description, Has.Length.LessThanOrEqualTo(140));
        Assert.That(github.Emulator.State.Deployments, Has.Count.EqualTo(1));
    }
}
