namespace Tollgate.Cli.Tests.Commands;

[NonParallelizable]
public class PipelineCommandsTests
{
    [Test]
    public void Train_pack_promote_then_status_json_reports_the_digest_in_staging()
    {
        // Arrange
        using var project = new TempProject();

        // Act
        var train = CliHarness.Run("train", "--config", project.Config, "--json");
        var pack = CliHarness.Run("pack", "--config", project.Config, "--json");
        var sandbox = CliHarness.Run("promote", "--config", project.Config, "-e", "sandbox");
        var staging = CliHarness.Run("promote", "--config", project.Config, "-e", "staging", "--json");
        var status = CliHarness.Run("status", "--config", project.Config, "--json");

        // Assert
        Assert.That(new[] { train.ExitCode, pack.ExitCode, sandbox.ExitCode, staging.ExitCode, status.ExitCode }, Is.All.EqualTo(0), train.Err + pack.Err + sandbox.Err + staging.Err);
        var digest = JsonDocument.Parse(train.Out).RootElement.GetProperty("digest").GetString();
        Assert.That(JsonDocument.Parse(pack.Out).RootElement.GetProperty("digest").GetString(), Is.EqualTo(digest));
        var rows = JsonDocument.Parse(status.Out).RootElement.GetProperty("environments").EnumerateArray().ToList();
        Assert.That(rows.Single(r => r.GetProperty("environment").GetString() == "staging").GetProperty("digest").GetString(), Is.EqualTo(digest));
        Assert.That(JsonDocument.Parse(staging.Out).RootElement.GetProperty("outcome").GetString(), Is.EqualTo("promoted"));
    }

    [Test]
    public void Validate_exits_1_naming_the_gate_when_a_threshold_is_not_met()
    {
        // Arrange
        using var project = new TempProject(stagingGate: "auc >= 0.9999");
        CliHarness.Run("train", "--config", project.Config);

        // Act
        var result = CliHarness.Run("validate", "--config", project.Config, "-e", "staging");

        // Assert
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Out, Does.Contain("gate 'auc >= 0.9999' failed").And.Contain("FAILED"));
    }

    [Test]
    public void Input_errors_exit_2_with_a_code_and_a_fix()
    {
        // Arrange
        using var project = new TempProject();
        File.AppendAllText(project.Config, "colour: blue\n");

        // Act
        var result = CliHarness.Run("status", "--config", project.Config);

        // Assert
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Err, Does.Contain("error TOLLGATE0002").And.Contain("unknown key 'colour'").And.Contain("fix:"));
    }

    [Test]
    public void History_json_lists_deployments_with_status_history()
    {
        // Arrange
        using var project = new TempProject();
        CliHarness.Run("train", "--config", project.Config);
        CliHarness.Run("promote", "--config", project.Config, "-e", "sandbox");

        // Act
        var result = CliHarness.Run("history", "--config", project.Config, "--json");

        // Assert
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Err);
        var deployment = JsonDocument.Parse(result.Out).RootElement.GetProperty("deployments")[0];
        Assert.That(deployment.GetProperty("environment").GetString(), Is.EqualTo("sandbox"));
        Assert.That(deployment.GetProperty("statuses").EnumerateArray().Select(s => s.GetProperty("state").GetString()), Is.EqualTo(new[] { "queued", "in_progress", "success" }));
    }

    [Test]
    public void Usage_errors_exit_2_with_a_code()
    {
        // Act
        var unknown = CliHarness.Run("status", "--colour", "blue");
        var missing = CliHarness.Run("promote");

        // Assert
        Assert.That(unknown.ExitCode, Is.EqualTo(2));
        Assert.That(unknown.Err, Does.Contain("error TOLLGATE0005").And.Contain("--colour"));
        Assert.That(missing.ExitCode, Is.EqualTo(2));
        Assert.That(missing.Err, Does.Contain("--environment"));
    }
}
