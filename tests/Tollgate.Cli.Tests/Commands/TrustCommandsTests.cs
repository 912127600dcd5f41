using System.IO.Compression;
using Tollgate.Core.Tests.Oci;

namespace Tollgate.Cli.Tests.Commands;

/// <summary>
/// The trust story end to end through the real command tree: sign, promote sandbox → staging → production with
/// attestations, verify; the signature in the package and registry, the attestations as OCI referrers.
/// </summary>
[NonParallelizable]
public class TrustCommandsTests
{
    [Test]
    public void Signed_pipeline_promotes_to_production_and_verify_passes_the_whole_chain()
    {
        // Arrange
        using var project = new TrustProject();
        project.RunPipeline();

        // Act
        var chain = CliHarness.Run("verify", "--config", project.Config, "-e", "production", "--json");
        var signature = CliHarness.Run("verify", "--config", project.Config, "--json");

        // Assert
        Assert.That(chain.ExitCode, Is.EqualTo(0), chain.Err);
        var doc = JsonDocument.Parse(chain.Out).RootElement;
        Assert.That(doc.GetProperty("ok").GetBoolean(), Is.True);
        Assert.That(doc.GetProperty("signed").GetBoolean(), Is.True);
        var links = doc.GetProperty("chain").EnumerateArray().ToList();
        Assert.That(links.Select(l => l.GetProperty("environment").GetString()), Is.EqualTo(new[] { "sandbox", "staging", "production" }));
        Assert.That(links.Select(l => l.GetProperty("keyHint").GetString()), Is.All.Not.Null);
        Assert.That(links[2].GetProperty("modelSignatureKey").GetString(), Is.EqualTo(links[2].GetProperty("keyHint").GetString()));
        Assert.That(signature.ExitCode, Is.EqualTo(0), signature.Err);
        Assert.That(JsonDocument.Parse(signature.Out).RootElement.GetProperty("files").GetInt32(), Is.EqualTo(2), "model.zip and tollgate.model.json");
    }

    [Test]
    public void Attestation_records_environment_verdicts_report_digest_data_actor_previous_digest_and_ledger_head()
    {
        // Arrange
        using var project = new TrustProject();
        project.RunPipeline();
        var path = Directory.EnumerateFiles(project.Combine(".tollgate/attestations/production")).Single();

        // Act
        var bundle = JsonDocument.Parse(File.ReadAllBytes(path)).RootElement;
        var statement = JsonDocument.Parse(Convert.FromBase64String(bundle.GetProperty("dsseEnvelope").GetProperty("payload").GetString()!)).RootElement;

        // Assert
        Assert.That(statement.GetProperty("_type").GetString(), Is.EqualTo("https://in-toto.io/Statement/v1"));
        Assert.That(statement.GetProperty("predicateType").GetString(), Is.EqualTo("https://tollgate.dev/attestation/promotion/v1"));
        Assert.That(statement.GetProperty("subject").EnumerateArray().Select(s => s.GetProperty("name").GetString()), Is.EqualTo(new[] { "cli-model", "oci" }));
        var p = statement.GetProperty("predicate");
        Assert.That(p.GetProperty("environment").GetString(), Is.EqualTo("production"));
        Assert.That(p.GetProperty("previousEnvironment").GetString(), Is.EqualTo("staging"));
        var verdict = p.GetProperty("gates").GetProperty("verdicts")[0];
        Assert.That(verdict.GetProperty("verdict").GetString(), Is.EqualTo("pass"));
        Assert.That(verdict.GetProperty("threshold").GetString(), Is.Not.Empty);
        Assert.That(verdict.GetProperty("observed").GetDouble(), Is.GreaterThan(0.6));
        Assert.That(p.GetProperty("gates").GetProperty("reportDigest").GetString(), Does.StartWith("sha256:"));
        Assert.That(p.GetProperty("dataDigests").GetProperty("training").GetString(), Does.StartWith("sha256:"));
        Assert.That(p.GetProperty("actor").GetProperty("user").GetString(), Is.Not.Empty);
        Assert.That(p.GetProperty("ledgerHead").GetString(), Does.StartWith("sha256:"));
        Assert.That(p.GetProperty("modelSignature").GetProperty("keyHint").GetString(), Has.Length.EqualTo(64));
        Assert.That(Path.GetFileName(path), Is.EqualTo(p.GetProperty("deploymentId").GetString() + ".sigstore.json"), "stored under its deployment");
    }

    [Test]
    public void Signature_travels_in_the_package_and_signature_and_attestations_are_referrers_in_the_oci_layout()
    {
        // Arrange
        using var project = new TrustProject();
        project.RunPipeline();

        // Act
        var nupkg = Directory.EnumerateFiles(project.Combine("out/feed"), "*.nupkg").Single();
        using var zip = ZipFile.OpenRead(nupkg);
        using var reader = new StreamReader(zip.GetEntry("model.sig.json")!.Open());
        var packaged = reader.ReadToEnd();
        var index = JsonDocument.Parse(File.ReadAllBytes(project.Combine("out/oci/index.json"))).RootElement;
        var tags = index.GetProperty("manifests").EnumerateArray().Select(m => m.GetProperty("annotations").GetProperty("org.opencontainers.image.ref.name").GetString()).ToList();
        var referrersTag = index.GetProperty("manifests").EnumerateArray().Single(m => m.GetProperty("annotations").GetProperty("org.opencontainers.image.ref.name").GetString()!.StartsWith("sha256-"));
        var referrers = JsonDocument.Parse(File.ReadAllBytes(project.Combine("out/oci/blobs/sha256/" + referrersTag.GetProperty("digest").GetString()!["sha256:".Length..]))).RootElement;

        // Assert
        Assert.That(packaged, Is.EqualTo(File.ReadAllText(project.Combine("out/model.sig.json"))));
        Assert.That(referrersTag.GetProperty("mediaType").GetString(), Is.EqualTo("application/vnd.oci.image.index.v1+json"));
        Assert.That(referrers.GetProperty("manifests").EnumerateArray().Select(m => m.GetProperty("artifactType").GetString()),
            Is.EqualTo(new[] { "application/vnd.dev.sigstore.bundle.v0.3+json", "application/vnd.tollgate.promotion-attestation.v1+json", "application/vnd.tollgate.promotion-attestation.v1+json", "application/vnd.tollgate.promotion-attestation.v1+json" }),
            "the signature, then one attestation per promotion: they travel with the layout as referrers of the model's manifest");
        Assert.That(tags, Has.Some.StartWith("sha256-"));
    }

    [Test]
    public void Push_carries_the_signature_to_the_real_registry_as_a_referrer_under_the_fallback_tag()
    {
        // Arrange
        using var registry = RegistryProcess.Start();
        var work = TestArtifacts.TempDir("tg-cli-trust");
        try
        {
            var artifact = TestArtifacts.Create(Path.Combine(work, "a"));
            using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
            File.WriteAllText(Path.Combine(work, "key.pem"), key.ExportPkcs8PrivateKeyPem());
            File.WriteAllText(Path.Combine(work, "key.pub.pem"), key.ExportSubjectPublicKeyInfoPem());
            var repo = $"{registry.Host}/models/churn";

            // Act
            var sign = CliHarness.Run("sign", "--artifact", artifact, "--key", Path.Combine(work, "key.pem"));
            var push = CliHarness.Run("push", "--oci", repo, "--artifact", artifact, "--json");
            var digest = JsonDocument.Parse(push.Out).RootElement.GetProperty("digest").GetString()!;
            var index = RealTools.Skopeo("inspect", "--raw", "--tls-verify=false", $"docker://{repo}:sha256-{digest[7..]}");
            var referrer = JsonDocument.Parse(index).RootElement.GetProperty("manifests")[0];
            var fetched = CliHarness.Run("fetch", $"churn@{digest}", "--from", $"oci://{repo}", "--output", Path.Combine(work, "out"));
            var verify = CliHarness.Run("verify", "--artifact", Path.Combine(work, "out"), "--signature", Path.Combine(work, "a.sig.json"), "--public-key", Path.Combine(work, "key.pub.pem"));

            // Assert
            Assert.That(sign.ExitCode, Is.EqualTo(0), sign.Err);
            Assert.That(push.ExitCode, Is.EqualTo(0), push.Err);
            Assert.That(referrer.GetProperty("artifactType").GetString(), Is.EqualTo("application/vnd.dev.sigstore.bundle.v0.3+json"));
            Assert.That(fetched.ExitCode, Is.EqualTo(0), fetched.Err);
            Assert.That(verify.ExitCode, Is.EqualTo(0), verify.Out + verify.Err);
            Assert.That(verify.Out, Does.Contain("is valid: 2 file(s)"));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Test]
    public void Promotions_attach_their_attestations_in_the_registry_next_to_the_pushed_signature()
    {
        // Arrange
        using var registry = RegistryProcess.Start();
        var repo = $"{registry.Host}/models/cli-model";
        using var project = new TrustProject(repo);

        // Act
        project.RunPipeline();
        var tags = RealTools.Skopeo("list-tags", "--tls-verify=false", $"docker://{repo}");
        var digest = JsonDocument.Parse(RealTools.Skopeo("inspect", "--raw", "--tls-verify=false", $"docker://{repo}:production")).RootElement;
        var manifestDigest = JsonDocument.Parse(tags).RootElement.GetProperty("Tags").EnumerateArray().Select(t => t.GetString()!).Single(t => t.StartsWith("sha256-", StringComparison.Ordinal));
        var index = JsonDocument.Parse(RealTools.Skopeo("inspect", "--raw", "--tls-verify=false", $"docker://{repo}:{manifestDigest}")).RootElement;

        // Assert
        Assert.That(digest.GetProperty("artifactType").GetString(), Is.EqualTo("application/vnd.cncf.model.manifest.v1+json"));
        Assert.That(index.GetProperty("manifests").EnumerateArray().Select(m => m.GetProperty("artifactType").GetString()),
            Is.EqualTo(new[] { "application/vnd.dev.sigstore.bundle.v0.3+json", "application/vnd.tollgate.promotion-attestation.v1+json", "application/vnd.tollgate.promotion-attestation.v1+json", "application/vnd.tollgate.promotion-attestation.v1+json" }));
        var verify = CliHarness.Run("verify", "--config", project.Config, "-e", "production");
        Assert.That(verify.ExitCode, Is.EqualTo(0), verify.Err);
    }
}
