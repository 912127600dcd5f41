using System.Diagnostics;
using System.Security.Cryptography;

namespace Tollgate.Cli.Tests.Commands;

/// <summary>
/// The repository's sample pipeline (tollgate.yml + templates/churn-model, copied into a fresh git repository) with
/// production requiring a signature and attestations: train, sign, pack, sandbox → staging → production (canary with
/// health checks), then verify the chain; one byte changed in the live model is then caught.
/// </summary>
[NonParallelizable]
public class SampleTrustPipelineTests
{
    [Test]
    public void Sample_pipeline_signs_promotes_to_production_with_attestations_and_verify_passes()
    {
        // Arrange
        var work = Path.Combine(TestTemp.Root, "sample-" + Guid.NewGuid().ToString("N"));
        var variable = "TG_SAMPLE_KEY_" + Guid.NewGuid().ToString("N");
        try
        {
            CopySample(work);
            using (var key = ECDsa.Create(ECCurve.NamedCurves.nistP384))
            {
                Directory.CreateDirectory(Path.Combine(work, "keys"));
                File.WriteAllText(Path.Combine(work, "keys", "signing.pub.pem"), key.ExportSubjectPublicKeyInfoPem());
                Environment.SetEnvironmentVariable(variable, key.ExportPkcs8PrivateKeyPem());
            }

            var config = Path.Combine(work, "tollgate.yml");
            var yml = File.ReadAllText(config)
                .Replace("reports: artifacts/reports\n", $"reports: artifacts/reports\ntrust:\n  signingKeyVariable: {variable}\n  trustedKeys: [keys/signing.pub.pem]\n", StringComparison.Ordinal)
                .Replace("  - name: production\n", "  - name: production\n    requireSignature: true\n    requireAttestation: true\n", StringComparison.Ordinal);
            File.WriteAllText(config, yml);
            Git(work, "init", "-q");
            Git(work, "add", "-A");
            Git(work, "-c", "user.email=ci@example.com", "-c", "user.name=ci", "commit", "-qm", "sample");

            // Act
            foreach (var step in new[] { new[] { "train" }, ["sign"], ["pack"], ["promote", "-e", "sandbox"], ["promote", "-e", "staging"], ["promote", "-e", "production"] })
            {
                var run = CliHarness.Run([.. step, "--config", config]);
                Assert.That(run.ExitCode, Is.EqualTo(0), $"tollgate {string.Join(' ', step)}:\n{run.Out}\n{run.Err}");
            }

            var verified = CliHarness.Run("verify", "-e", "production", "--config", config);
            var zip = Path.Combine(work, "artifacts", "model", "model.zip");
            var bytes = File.ReadAllBytes(zip);
            bytes[bytes.Length / 3] ^= 0x20;
            File.WriteAllBytes(zip, bytes);
            var tampered = CliHarness.Run("verify", "--config", config);

            // Assert
            Assert.That(verified.ExitCode, Is.EqualTo(0), verified.Err);
            Assert.That(verified.Out, Does.Contain("has a valid attestation chain").And.Contain("✓ sandbox").And.Contain("✓ staging").And.Contain("✓ production"));
            Assert.That(verified.Out, Does.Not.Contain("unsigned"));
            Assert.That(tampered.ExitCode, Is.EqualTo(1));
            Assert.That(tampered.Err, Does.Contain("error TOLLGATE1305").And.Contain("'model.zip'"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static void CopySample(string work)
    {
        File.Copy(RepositoryRoot.Combine("tollgate.yml"), Path.Combine(Directory.CreateDirectory(work).FullName, "tollgate.yml"));
        var sample = RepositoryRoot.Combine("templates", "churn-model");
        foreach (var file in Directory.EnumerateFiles(sample, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(work, "templates", "churn-model", Path.GetRelativePath(sample, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void Git(string dir, params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var git = Process.Start(info)!;
        var err = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.That(git.ExitCode, Is.EqualTo(0), $"git {string.Join(' ', args)}: {err}");
    }
}
