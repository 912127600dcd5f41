using System.IO.Compression;
using System.Text.Json;
using Tollgate.Cli.Tests.Support;
using Tollgate.Core.Tests.Oci;

namespace Tollgate.Cli.Tests.Commands;

/// <summary>
/// The trust story end to end through the real command tree: sign, promote sandbox → staging → production with
/// attestations, verify; then one tampered byte in the model, an attestation or the ledger, each caught by its code.
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
            Is.EqualTo(new[] { "application/vnd.dev.sigstore.bundle.v0.3+json", "application/vnd.tollgate.promotion-attestation.v1+json", "application/vnd.tollgate.promotion-attestation.v1+json", "application/vnd.tollgate.promotion-attestation.v1+json" }));
        Assert.That(tags, Has.Some.StartWith("sha256-"));
    }

    [Test]
    public void A_flipped_byte_in_the_model_fails_verify_naming_the_file()
    {
        // Arrange
        using var project = new TrustProject();
        project.RunPipeline();
        TrustProject.FlipByte(project.Combine("out/model/model.zip"));

        // Act
        var result = CliHarness.Run("verify", "--config", project.Config);

        // Assert
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Err, Does.Contain("error TOLLGATE1305").And.Contain("'model.zip'"));
    }

    [Test]
    public void An_edited_model_manifest_passes_the_content_digest_but_a_promotion_requiring_a_signature_refuses_it()
    {
        // Arrange: the card is outside the content digest, but inside the signature
        using var project = new TrustProject();
        project.RunPipeline(last: "staging");
        var manifest = project.Combine("out/model/tollgate.model.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"seed\": 1", "\"seed\": 2", StringComparison.Ordinal));

        // Act
        var result = CliHarness.Run("promote", "--config", project.Config, "-e", "production");
        var status = CliHarness.Run("status", "--config", project.Config, "--json");

        // Assert
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Out + result.Err);
        Assert.That(result.Err, Does.Contain("error TOLLGATE1305").And.Contain("'tollgate.model.json'"));
        Assert.That(status.Out, Does.Not.Contain("\"production\",\n      \"model\""), "production is unchanged");
        Assert.That(Directory.Exists(project.Combine(".tollgate/attestations/production")), Is.False);
    }

    [Test]
    public void A_flipped_byte_in_an_attestation_fails_verify_and_the_promotion_that_requires_it()
    {
        // Arrange
        using var project = new TrustProject();
        foreach (var step in new[] { "train", "sign", "pack" })
        {
            CliHarness.Run(step, "--config", project.Config);
        }

        CliHarness.Run("promote", "--config", project.Config, "-e", "sandbox");
        var attestation = Directory.EnumerateFiles(project.Combine(".tollgate/attestations/sandbox")).Single();
        TrustProject.FlipByte(attestation, File.ReadAllText(attestation).IndexOf("\"payload\": \"", StringComparison.Ordinal) + 40);

        // Act
        var promote = CliHarness.Run("promote", "--config", project.Config, "-e", "staging");
        var verify = CliHarness.Run("verify", "--config", project.Config, "-e", "sandbox");

        // Assert
        Assert.That(promote.ExitCode, Is.EqualTo(1));
        Assert.That(promote.Err, Does.Contain("error TOLLGATE1304").And.Contain(Path.GetFileName(attestation)));
        Assert.That(verify.ExitCode, Is.EqualTo(1));
        Assert.That(verify.Err, Does.Contain("error TOLLGATE1304"));
        Assert.That(Directory.Exists(project.Combine(".tollgate/attestations/staging")), Is.False, "staging is unchanged");
    }

    [Test]
    public void A_rewritten_ledger_passes_its_own_chain_check_but_fails_verify_with_the_attested_head_missing()
    {
        // Arrange
        using var project = new TrustProject();
        project.RunPipeline();

        // Act
        project.RewriteLedger();
        var chain = CliHarness.Run("ledger", "verify", "--config", project.Config);
        var result = CliHarness.Run("verify", "--config", project.Config, "-e", "production");

        // Assert
        Assert.That(chain.ExitCode, Is.EqualTo(0), "the rewritten chain is self-consistent: " + chain.Err);
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Out + result.Err);
        Assert.That(result.Err, Does.Contain("error TOLLGATE1313").And.Contain("truncated or rewritten"));
    }

    [Test]
    public void A_flipped_byte_in_the_ledger_fails_verify_with_the_ledger_code()
    {
        // Arrange
        using var project = new TrustProject();
        project.RunPipeline();
        var ledger = project.Combine(".tollgate/ledger.jsonl");

        // Act
        TrustProject.FlipByte(ledger, File.ReadAllText(ledger).IndexOf("\"environment\":\"staging\"", StringComparison.Ordinal) + 17);
        var result = CliHarness.Run("verify", "--config", project.Config, "-e", "production");

        // Assert
        Assert.That(result.ExitCode, Is.Not.EqualTo(0));
        Assert.That(result.Err, Does.Contain("TOLLGATE0201"));
    }

    [Test]
    public void Production_refuses_an_unsigned_artifact_and_stays_unchanged()
    {
        // Arrange
        using var project = new TrustProject();
        project.RunPipeline(last: "staging");
        File.Delete(project.Combine("out/model.sig.json"));

        // Act
        var result = CliHarness.Run("promote", "--config", project.Config, "-e", "production");

        // Assert
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Err, Does.Contain("error TOLLGATE1306").And.Contain("tollgate sign"));
        Assert.That(Directory.Exists(project.Combine(".tollgate/attestations/production")), Is.False, "production is unchanged");
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
}
