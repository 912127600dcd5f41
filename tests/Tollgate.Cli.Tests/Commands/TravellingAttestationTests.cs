using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Tollgate.Core.Tests.Oci;

namespace Tollgate.Cli.Tests.Commands;

/// <summary>
/// Attestations travel with the deployment: CI jobs in fresh clones (a real bare remote holding the git ledger, the real
/// docker-registry holding the artifact) promote sandbox → staging → production, and a fresh clone with no
/// <c>.tollgate/</c> verifies production from the git ledger and the registry alone. Truncating or rewriting the ledger
/// ref, or replacing an attestation, fails with a specific code.
/// </summary>
[NonParallelizable]
public class TravellingAttestationTests
{
    private const string LedgerRef = "refs/tollgate/ledger";

    [Test]
    public void A_fresh_clone_verifies_production_from_the_git_ledger_and_registry_and_detects_a_truncated_or_rewritten_ledger()
    {
        // Arrange: three jobs promote, each in its own clone; only the public key is committed
        using var registry = RegistryProcess.Start();
        using var remote = new GitRemote();
        using var project = new TempProject();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var variable = "TG_TRAVEL_KEY_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, key.ExportPkcs8PrivateKeyPem());
        try
        {
            var yml = Yml(registry.Host, variable);
            var job1 = Job1(remote, project, yml, key.ExportSubjectPublicKeyInfoPem());
            Promote(remote.Clone("job2", yml), "staging");
            Promote(remote.Clone("job3", yml), "production");

            // Act
            var reader = remote.Clone("reader", yml);
            var verify = Tollgate(reader, "verify", "-e", "production", "--json");
            var ledger = GitRemote.Run(remote.Bare, "show", $"{LedgerRef}:ledger.jsonl");
            var truncatedTo = Truncate(remote, createdEventOf: "3"); // the ledger as it was before production's deployment
            var afterTruncation = Tollgate(remote.Clone("reader2", yml), "verify", "-e", "production");
            ForcePush(remote, GitRemote.Run(remote.Bare, "rev-parse", "refs/original-ledger").Trim());
            Rewrite(remote, TrustProject.Rechain(ledger.Split('\n'), (i, e) => i == 0 ? e.Replace("\"at\":\"2", "\"at\":\"1", StringComparison.Ordinal) : e));
            var afterRewrite = Tollgate(remote.Clone("reader3", yml), "verify", "-e", "production");
            var ledgerCheck = Tollgate(remote.Clone("reader4", yml), "ledger", "verify");

            // Assert: the chain was found where it travels, with nothing local
            Assert.That(verify.ExitCode, Is.EqualTo(0), verify.Err + verify.Out);
            var doc = JsonDocument.Parse(verify.Out).RootElement;
            Assert.That(doc.GetProperty("signed").GetBoolean(), Is.True);
            var links = doc.GetProperty("chain").EnumerateArray().ToList();
            Assert.That(links.Select(l => l.GetProperty("environment").GetString()), Is.EqualTo(new[] { "sandbox", "staging", "production" }));
            Assert.That(links.Select(l => l.GetProperty("attestation").GetString()), Has.All.StartWith("ledger "), "found in the git ledger");
            Assert.That(Directory.Exists(Path.Combine(reader, ".tollgate", "attestations")), Is.False, "the reader has no local attestation store");
            Assert.That(Regex.Matches(ledger, "\"type\":\"attestation\"").Count, Is.EqualTo(3), "each promotion's attestation is a ledger event");
            var index = JsonDocument.Parse(RealTools.Skopeo("inspect", "--raw", "--tls-verify=false", $"docker://{registry.Host}/models/cli:{ReferrersTag(registry.Host)}")).RootElement;
            Assert.That(index.GetProperty("manifests").EnumerateArray().Count(m => m.GetProperty("artifactType").GetString() == "application/vnd.tollgate.promotion-attestation.v1+json"), Is.EqualTo(3));

            // Assert: truncation (production's events removed) and a rewritten history are both caught
            Assert.That(truncatedTo, Is.Not.Empty);
            Assert.That(afterTruncation.ExitCode, Is.EqualTo(1), afterTruncation.Err + afterTruncation.Out);
            Assert.That(afterTruncation.Err, Does.Contain("error TOLLGATE1313").And.Contain("'production'").And.Contain("truncated or rewritten"));
            Assert.That(ledgerCheck.ExitCode, Is.EqualTo(0), "the rewritten chain is self-consistent: " + ledgerCheck.Err);
            Assert.That(afterRewrite.ExitCode, Is.EqualTo(1), afterRewrite.Err + afterRewrite.Out);
            Assert.That(afterRewrite.Err, Does.Contain("error TOLLGATE1313"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Test]
    public void A_replaced_attestation_in_the_registry_fails_the_next_promotion_and_verify_on_a_fresh_agent()
    {
        // Arrange: unsigned attestations (no key), so only the digest the deployment recorded can tell the copies apart
        using var registry = RegistryProcess.Start();
        using var remote = new GitRemote();
        using var project = new TempProject();
        var yml = Yml(registry.Host, null);
        Job1(remote, project, yml, null);
        var ledger = GitRemote.Run(remote.Bare, "show", $"{LedgerRef}:ledger.jsonl");
        var original = Convert.FromBase64String(Regex.Match(ledger, "\"attestation\":\\{\"digest\":\"[^\"]+\",\"bundle\":\"([^\"]+)\"").Groups[1].Value);
        var repository = $"{registry.Host}/models/cli";
        var subject = "sha256:" + ReferrersTag(registry.Host)["sha256-".Length..];
        Core.Trust.AttestationReferrers.AttachAsync(Core.Identity.ArtifactReference.Repository(repository), subject, AttestationForgery.ClaimingAnotherActor(original), Core.Trust.AttestationReferrers.AttestationArtifactType, CancellationToken.None).GetAwaiter().GetResult();

        // Act
        var staging = Tollgate(remote.Clone("job2", yml), "promote", "-e", "staging");
        var verify = Tollgate(remote.Clone("reader", yml), "verify", "-e", "sandbox");

        // Assert
        Assert.That(staging.ExitCode, Is.EqualTo(1), staging.Err + staging.Out);
        Assert.That(staging.Err, Does.Contain("error TOLLGATE1880").And.Contain("OCI referrer").And.Contain("deployment 1"));
        Assert.That(GitRemote.Run(remote.Bare, "show", $"{LedgerRef}:ledger.jsonl"), Does.Not.Contain("\"environment\":\"staging\""), "staging is unchanged");
        Assert.That(verify.ExitCode, Is.EqualTo(1), verify.Err + verify.Out);
        Assert.That(verify.Err, Does.Contain("error TOLLGATE1880"));
    }

    [Test]
    public void A_ledger_attestation_event_whose_bundle_no_longer_matches_its_digest_fails_verify()
    {
        // Arrange: the local ledger, unsigned; the event's bundle is replaced and the chain recomputed (self-consistent)
        using var project = new TempProject();
        File.WriteAllText(project.Config, File.ReadAllText(project.Config).Replace("  feed: out/feed\n", "  feed: out/feed\n  ociLayout: out/oci\n", StringComparison.Ordinal));
        foreach (var step in new[] { new[] { "train" }, ["pack"], ["promote", "-e", "sandbox"] })
        {
            var run = CliHarness.Run([.. step, "--config", project.Config]);
            Assert.That(run.ExitCode, Is.EqualTo(0), string.Join(' ', step) + ": " + run.Err);
        }

        var path = project.Combine(".tollgate/ledger.jsonl");
        File.WriteAllText(path, TrustProject.Rechain(File.ReadAllLines(path), (_, e) => Regex.Replace(e, "(\"bundle\":\")([^\"]+)(\")",
            m => m.Groups[1].Value + Convert.ToBase64String(AttestationForgery.ClaimingAnotherActor(Convert.FromBase64String(m.Groups[2].Value))) + m.Groups[3].Value)));
        Directory.Delete(project.Combine(".tollgate/attestations"), recursive: true);
        Directory.Delete(project.Combine("out/oci"), recursive: true); // only the ledger's copy is left

        // Act
        var verify = CliHarness.Run("verify", "--config", project.Config, "-e", "sandbox");

        // Assert
        Assert.That(verify.ExitCode, Is.EqualTo(1), verify.Err + verify.Out);
        Assert.That(verify.Err, Does.Contain("error TOLLGATE1880").And.Contain("ledger"));
    }

    private static string Yml(string registry, string? keyVariable) =>
        "model:\n  name: cli-model\n  training: training.yml\n  output: out/model\n"
        + $"package:\n  feed: out/feed\n  ociLayout: out/oci\n  ociRepository: {registry}/models/cli\n"
        + "backend:\n  kind: git\n"
        + (keyVariable is null ? "" : $"trust:\n  signingKeyVariable: {keyVariable}\n  trustedKeys: [keys/signing.pub.pem]\n")
        + "environments:\n  - name: sandbox\n  - name: staging\n    requireAttestation: true\n    gates:\n      - metric: auc >= 0.6\n"
        + "  - name: production\n    requireAttestation: true\n    gates:\n      - metric: auc >= 0.6\n";

    private static (int ExitCode, string Out, string Err) Tollgate(string clone, params string[] args) =>
        CliHarness.Run([.. args, "--config", Path.Combine(clone, "tollgate.yml")]);

    /// <summary>Job 1 commits the public key (if any), trains, signs, packs, pushes and promotes to sandbox.</summary>
    private static string Job1(GitRemote remote, TempProject project, string yml, string? publicKey)
    {
        var job1 = remote.Clone("job1", yml);
        foreach (var file in new[] { "data.csv", "training.yml" })
        {
            File.Copy(project.Combine(file), Path.Combine(job1, file));
        }

        if (publicKey is not null)
        {
            Directory.CreateDirectory(Path.Combine(job1, "keys"));
            File.WriteAllText(Path.Combine(job1, "keys", "signing.pub.pem"), publicKey);
            GitRemote.Run(job1, "add", "keys");
            GitRemote.Run(job1, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "--quiet", "-m", "trust the signing key");
            GitRemote.Run(job1, "push", "--quiet", "origin", "main");
        }

        string[][] steps = [["train"], .. publicKey is null ? Array.Empty<string[]>() : [["sign"]], ["pack"], ["push", "--oci", yml.Split("ociRepository: ")[1].Split('\n')[0]], ["promote", "-e", "sandbox"]];
        foreach (var step in steps)
        {
            var run = Tollgate(job1, step);
            Assert.That(run.ExitCode, Is.EqualTo(0), $"{string.Join(' ', step)}: {run.Err}{run.Out}");
        }

        return job1;
    }

    private static void Promote(string clone, string environment)
    {
        var run = Tollgate(clone, "promote", "-e", environment);
        Assert.That(run.ExitCode, Is.EqualTo(0), $"promote {environment}: {run.Err}{run.Out}");
        Assert.That(Directory.Exists(Path.Combine(clone, ".tollgate", "attestations", "sandbox")), Is.False, "a fresh agent has no earlier attestation on disk");
    }

    private static string ReferrersTag(string registry) =>
        JsonDocument.Parse(RealTools.Skopeo("list-tags", "--tls-verify=false", $"docker://{registry}/models/cli")).RootElement
            .GetProperty("Tags").EnumerateArray().Select(t => t.GetString()!).Single(t => t.StartsWith("sha256-", StringComparison.Ordinal));

    /// <summary>Keeps the current tip as refs/original-ledger, then force-pushes the parent of the commit that created deployment <paramref name="createdEventOf"/>.</summary>
    private static string Truncate(GitRemote remote, string createdEventOf)
    {
        var tip = GitRemote.Run(remote.Bare, "rev-parse", LedgerRef).Trim();
        GitRemote.Run(remote.Bare, "update-ref", "refs/original-ledger", tip);
        var commit = GitRemote.Run(remote.Bare, "log", "--format=%H %s", LedgerRef).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ', 2)).Single(l => Regex.IsMatch(l[1], $@"\d+ created {createdEventOf}\b"))[0];
        var parent = GitRemote.Run(remote.Bare, "rev-parse", commit + "^").Trim();
        ForcePush(remote, parent);
        return parent;
    }

    private static void ForcePush(GitRemote remote, string commit) => GitRemote.Run(remote.Bare, "update-ref", LedgerRef, commit);

    /// <summary>A new root commit holding <paramref name="ledger"/>, force-pushed over the ledger ref (a rewritten history).</summary>
    private static void Rewrite(GitRemote remote, string ledger)
    {
        var forger = remote.Clone("forger-" + Guid.NewGuid().ToString("N")[..8]);
        GitRemote.Run(forger, "checkout", "--quiet", "--orphan", "forged");
        GitRemote.Run(forger, "rm", "-r", "--quiet", "--cached", ".");
        File.WriteAllText(Path.Combine(forger, "ledger.jsonl"), ledger);
        GitRemote.Run(forger, "add", "ledger.jsonl");
        GitRemote.Run(forger, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "--quiet", "-m", "tollgate ledger: rewritten");
        GitRemote.Run(forger, "push", "--quiet", "--force", "origin", $"HEAD:{LedgerRef}");
    }
}
