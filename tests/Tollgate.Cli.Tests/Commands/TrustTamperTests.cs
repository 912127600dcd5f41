namespace Tollgate.Cli.Tests.Commands;

/// <summary>One tampered byte in the model, an attestation or the ledger: verify and the promotion that requires it fail with a specific code.</summary>
[NonParallelizable]
public class TrustTamperTests
{
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
}
