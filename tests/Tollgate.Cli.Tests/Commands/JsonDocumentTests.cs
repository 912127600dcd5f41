namespace Tollgate.Cli.Tests.Commands;

/// <summary>Under --json, stdout is exactly one document for every command and outcome, also on CI runners.</summary>
[NonParallelizable]
public class JsonDocumentTests
{
    [TestCase("GITHUB_ACTIONS", "true", "::error title=")]
    [TestCase("TF_BUILD", "True", "##vso[task.logissue type=error]")]
    public void A_failed_gate_is_one_document_with_verdict_and_report_and_workflow_commands_go_to_stderr(string variable, string value, string command)
    {
        // Arrange
        using var project = new TempProject(stagingGate: "auc >= 0.9999");
        // An explicit local backend: in a GitHub Actions job, backend auto without GITHUB_TOKEN is an error (TOLLGATE1204).
        File.AppendAllText(project.Config, "backend:\n  kind: local\n");
        CliHarness.Run("train", "--config", project.Config);
        CliHarness.Run("promote", "--config", project.Config, "-e", "sandbox");
        Environment.SetEnvironmentVariable(variable, value);
        try
        {
            // Act
            var validate = CliHarness.Run("validate", "--config", project.Config, "-e", "staging", "--json");
            var promote = CliHarness.Run("promote", "--config", project.Config, "-e", "staging", "--json");

            // Assert
            using var verdict = JsonDocument.Parse(validate.Out);
            Assert.That(validate.ExitCode, Is.EqualTo(1));
            Assert.That(verdict.RootElement.GetProperty("ok").GetBoolean(), Is.False);
            Assert.That(verdict.RootElement.GetProperty("exitCode").GetInt32(), Is.EqualTo(1));
            Assert.That(verdict.RootElement.GetProperty("verdict").GetString(), Is.EqualTo("fail"));
            Assert.That(File.Exists(verdict.RootElement.GetProperty("report").GetString()), Is.True);
            using var refused = JsonDocument.Parse(promote.Out);
            Assert.That(promote.ExitCode, Is.EqualTo(1));
            Assert.That(refused.RootElement.GetProperty("error").GetProperty("code").GetString(), Is.EqualTo("TOLLGATE0401"));
            Assert.That(refused.RootElement.GetProperty("verdict").GetString(), Is.EqualTo("fail"));
            Assert.That(refused.RootElement.GetProperty("report").GetString(), Is.EqualTo(verdict.RootElement.GetProperty("report").GetString()));
            Assert.That(validate.Err, Does.Contain(command));
            Assert.That(promote.Err, Does.Contain(command));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Test]
    public void Successes_carry_ok_true_for_every_command()
    {
        // Arrange
        using var project = new TempProject();
        string[][] commands =
        [
            ["train", "--config", project.Config, "--json"],
            ["validate", "--config", project.Config, "-e", "sandbox", "--json"],
            ["pack", "--config", project.Config, "--json"],
            ["promote", "--config", project.Config, "-e", "sandbox", "--json"],
            ["status", "--config", project.Config, "--json"],
            ["history", "--config", project.Config, "--json"],
            ["ledger", "verify", "--config", project.Config, "--json"],
            ["drift", "--reference", project.Combine("data.csv"), "--current", project.Combine("data.csv"), "--json"],
        ];

        foreach (var args in commands)
        {
            // Act
            var result = CliHarness.Run(args);

            // Assert
            Assert.That(result.ExitCode, Is.EqualTo(0), $"{args[0]}: {result.Err}");
            using var document = JsonDocument.Parse(result.Out);
            Assert.That(document.RootElement.GetProperty("ok").GetBoolean(), Is.True, args[0]);
            Assert.That(document.RootElement.EnumerateObject().First().Name, Is.EqualTo("ok"), args[0]);
        }
    }

    [Test]
    public void Pack_names_version_digest_and_package_path()
    {
        // Arrange
        using var project = new TempProject();
        CliHarness.Run("train", "--config", project.Config);

        // Act
        var pack = CliHarness.Run("pack", "--config", project.Config, "--json");

        // Assert
        using var document = JsonDocument.Parse(pack.Out);
        var root = document.RootElement;
        Assert.That(root.GetProperty("name").GetString(), Is.EqualTo("cli-model"));
        Assert.That(root.GetProperty("version").GetString(), Does.StartWith("1.0.0"));
        Assert.That(root.GetProperty("digest").GetString(), Does.StartWith("sha256:"));
        Assert.That(File.Exists(root.GetProperty("nuget").GetProperty("path").GetString()), Is.True);
    }

    [Test]
    public void Usage_errors_are_one_document_too()
    {
        // Act
        var result = CliHarness.Run("status", "--colour", "blue", "--json");

        // Assert
        Assert.That(result.ExitCode, Is.EqualTo(2));
        using var document = JsonDocument.Parse(result.Out);
        Assert.That(document.RootElement.GetProperty("ok").GetBoolean(), Is.False);
        Assert.That(document.RootElement.GetProperty("error").GetProperty("code").GetString(), Is.EqualTo("TOLLGATE0005"));
        Assert.That(document.RootElement.GetProperty("error").GetProperty("message").GetString(), Does.Contain("--colour"));
    }
}
