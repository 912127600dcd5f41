using System.Text.RegularExpressions;

namespace Tollgate.Cli.Tests.Commands;

public class ValidateCommandTests
{
    [Test]
    public void A_run_that_fails_on_its_input_leaves_no_earlier_verdict_behind()
    {
        // Arrange: a passing validation writes its reports, then the candidate's manifest is hand-edited
        using var project = new TempProject();
        Assert.That(CliHarness.Run("train", "--config", project.Config).ExitCode, Is.Zero);
        Assert.That(CliHarness.Run("validate", "-e", "staging", "--config", project.Config).ExitCode, Is.Zero);
        var report = project.Combine("artifacts/reports/staging/gate-report.json");
        Assert.That(File.Exists(report), Is.True);
        var manifest = project.Combine("out/model/tollgate.model.json");
        File.WriteAllText(manifest, Regex.Replace(File.ReadAllText(manifest), "\"auc\": [0-9.E-]+", "\"auc\": 0.999"));

        // Act
        var (exit, _, err) = CliHarness.Run("validate", "-e", "staging", "--config", project.Config);

        // Assert
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain($"error {ErrorCodes.DigestMismatch}:"));
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(report)!), Is.Empty);
    }
}
