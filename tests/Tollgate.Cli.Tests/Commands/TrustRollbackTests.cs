namespace Tollgate.Cli.Tests.Commands;

/// <summary>A rollback in an environment that requires signatures and attestations re-verifies its target.</summary>
[NonParallelizable]
public class TrustRollbackTests
{
    [Test]
    public void Rollback_re_verifies_the_target_attestations_and_refuses_a_tampered_one()
    {
        // Arrange: version 1 then version 2 (another seed) through to production
        using var project = new TrustProject();
        project.RunPipeline();
        var firstStaging = Directory.EnumerateFiles(project.Combine(".tollgate/attestations/staging")).Single();
        var training = project.Combine("training.yml");
        File.WriteAllText(training, File.ReadAllText(training).Replace("seed: 1", "seed: 2", StringComparison.Ordinal));
        project.RunPipeline();
        var saved = File.ReadAllBytes(firstStaging);
        TrustProject.FlipByte(firstStaging, File.ReadAllText(firstStaging).IndexOf("\"payload\": \"", StringComparison.Ordinal) + 50);

        // Act
        var refused = CliHarness.Run("rollback", "--config", project.Config, "-e", "production", "--reason", "drill");
        File.WriteAllBytes(firstStaging, saved);
        var restored = CliHarness.Run("rollback", "--config", project.Config, "-e", "production", "--reason", "drill");

        // Assert
        Assert.That(refused.ExitCode, Is.EqualTo(1), refused.Out + refused.Err);
        Assert.That(refused.Err, Does.Contain("error TOLLGATE1304").And.Contain(Path.GetFileName(firstStaging)));
        Assert.That(restored.ExitCode, Is.EqualTo(0), restored.Out + restored.Err);
        Assert.That(restored.Err + restored.Out, Does.Contain("passed 'staging'"));
    }
}
