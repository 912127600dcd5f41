namespace Tollgate.Cli.Tests.Commands;

[NonParallelizable]
public class RetireCommandTests
{
    [Test]
    public void Retire_removes_environment_tags_marks_the_package_archives_and_blocks_promotion_without_force()
    {
        // Arrange
        using var project = new TempProject();
        var version = JsonDocument.Parse(CliHarness.Run("train", "--config", project.Config, "--json").Out).RootElement.GetProperty("version").GetString();
        CliHarness.Run("pack", "--config", project.Config);
        var promoted = CliHarness.Run("promote", "--config", project.Config, "-e", "sandbox");
        var spec = $"cli-model@{version}";

        // Act
        var retire = CliHarness.Run("retire", spec, "--config", project.Config, "--reason", "trained on a leaky feature", "--json");
        var indexAfterRetire = File.ReadAllText(Path.Combine(project.Path, "artifacts", "oci", "index.json"));
        var refused = CliHarness.Run("promote", "--config", project.Config, "-e", "sandbox");
        var forced = CliHarness.Run("promote", "--config", project.Config, "-e", "sandbox", "--force");
        var history = CliHarness.Run("history", "--config", project.Config, "--json");

        // Assert
        Assert.That(promoted.ExitCode, Is.EqualTo(0), promoted.Err);
        Assert.That(retire.ExitCode, Is.EqualTo(0), retire.Err);
        var result = JsonDocument.Parse(retire.Out).RootElement;
        Assert.That(result.GetProperty("removedTags").EnumerateArray().Single().GetString(), Does.EndWith(":sandbox"));
        Assert.That(result.GetProperty("emptiedEnvironments").EnumerateArray().Single().GetString(), Is.EqualTo("sandbox"));
        var marker = result.GetProperty("packageMarker").GetString()!;
        Assert.That(File.ReadAllText(marker), Does.Contain("trained on a leaky feature"));
        var archive = result.GetProperty("archiveDir").GetString()!;
        Assert.That(File.Exists(Path.Combine(archive, "tollgate.model.json")), Is.True);
        Assert.That(indexAfterRetire, Does.Not.Contain("\"sandbox\""));
        Assert.That(refused.ExitCode, Is.EqualTo(2));
        Assert.That(refused.Err, Does.Contain("TOLLGATE0314").And.Contain("--force"));
        Assert.That(forced.ExitCode, Is.EqualTo(0), forced.Err);
        var kinds = JsonDocument.Parse(history.Out).RootElement.GetProperty("audit").EnumerateArray().Select(a => a.GetProperty("kind").GetString());
        Assert.That(kinds, Is.EqualTo(new[] { "forced-promotion", "retirement" }));
    }
}
