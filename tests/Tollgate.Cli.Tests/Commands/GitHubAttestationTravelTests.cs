using System.Text.RegularExpressions;
using Tollgate.Core.Tests.Oci;

namespace Tollgate.Cli.Tests.Commands;

/// <summary>
/// On the GitHub backend (the loopback emulator) the deployment records its attestation's digest as a status and the
/// bundle travels as an OCI referrer in the real docker-registry: CI jobs in fresh clones pass requireAttestation, a fresh
/// reader verifies production, and a replaced referrer fails with TOLLGATE1880.
/// </summary>
[NonParallelizable]
public class GitHubAttestationTravelTests
{
    [Test]
    public async Task Fresh_agents_find_the_chain_from_github_statuses_and_registry_referrers_and_refuse_a_replaced_one()
    {
        // Arrange
        await using var emulator = await GitHubEmulator.GitHubEmulator.StartAsync();
        using var github = new GitHubEmulatorJob(emulator);
        using var registry = RegistryProcess.Start();
        using var remote = new GitRemote();
        using var project = new TempProject();
        var repository = $"{registry.Host}/models/cli";
        var yml = "model:\n  name: cli-model\n  training: training.yml\n  output: out/model\n"
            + $"package:\n  feed: out/feed\n  ociLayout: out/oci\n  ociRepository: {repository}\n"
            + "environments:\n  - name: sandbox\n  - name: staging\n    requireAttestation: true\n    gates:\n      - metric: auc >= 0.6\n"
            + "  - name: production\n    requireAttestation: true\n";
        var job1 = github.Clone(remote, project, "job1", yml).Path;
        (int ExitCode, string Out, string Err) Run(string clone, params string[] args) => CliHarness.Run([.. args, "--config", Path.Combine(clone, "tollgate.yml")]);

        // Act
        var job1Runs = new[] { Run(job1, "train"), Run(job1, "pack"), Run(job1, "push", "--oci", repository), Run(job1, "promote", "-e", "sandbox") };
        var staging = Run(remote.Clone("job2", yml), "promote", "-e", "staging");
        var production = Run(remote.Clone("job3", yml), "promote", "-e", "production");
        var verify = Run(remote.Clone("reader", yml), "verify", "-e", "production", "--json");
        var statuses = emulator.State.Deployments.Select(d => d.Environment).ToList();
        var tag = JsonDocument.Parse(RealTools.Skopeo("list-tags", "--tls-verify=false", $"docker://{repository}")).RootElement
            .GetProperty("Tags").EnumerateArray().Select(t => t.GetString()!).Single(t => t.StartsWith("sha256-", StringComparison.Ordinal));
        var sandboxBundle = Directory.EnumerateFiles(Path.Combine(job1, ".tollgate", "attestations", "sandbox")).Single();
        await Core.Trust.AttestationReferrers.AttachAsync(Core.Identity.ArtifactReference.Repository(repository), "sha256:" + tag["sha256-".Length..], AttestationForgery.ClaimingAnotherActor(File.ReadAllBytes(sandboxBundle)),
            Core.Trust.AttestationReferrers.AttestationArtifactType, CancellationToken.None);
        var afterForgery = Run(remote.Clone("reader2", yml), "verify", "-e", "production");

        // Assert
        Assert.That(job1Runs.Select(r => r.ExitCode), Is.All.EqualTo(0), string.Join("\n", job1Runs.Select(r => r.Err)));
        Assert.That(staging.ExitCode, Is.EqualTo(0), "requireAttestation finds sandbox's attestation in the registry: " + staging.Err);
        Assert.That(production.ExitCode, Is.EqualTo(0), production.Err);
        Assert.That(verify.ExitCode, Is.EqualTo(0), verify.Err + verify.Out);
        var links = JsonDocument.Parse(verify.Out).RootElement.GetProperty("chain").EnumerateArray().ToList();
        Assert.That(links.Select(l => l.GetProperty("attestation").GetString()), Has.All.Contain("(OCI referrer)"));
        var descriptions = emulator.State.Deployments.SelectMany(d => d.Statuses.Select(s => s.Description)).ToList();
        Assert.That(descriptions.Count(d => Regex.IsMatch(d, "^tollgate:attestation env=- by=- \\| sha256:[0-9a-f]{64}$")), Is.EqualTo(3), string.Join("\n", descriptions));
        Assert.That(afterForgery.ExitCode, Is.EqualTo(1), afterForgery.Err + afterForgery.Out);
        Assert.That(afterForgery.Err, Does.Contain("error TOLLGATE1880").And.Contain("'sandbox'"));
        Assert.That(statuses, Has.Count.EqualTo(3), "attestation records create no deployment");
    }
}
