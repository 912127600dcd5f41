namespace Tollgate.Cli.Tests.Commands;

[NonParallelizable]
public class ApproveCommandTests
{
    private string? actorBefore;

    [SetUp]
    public void RememberActor() => actorBefore = Environment.GetEnvironmentVariable("GITHUB_ACTOR");

    [TearDown]
    public void RestoreActor() => Environment.SetEnvironmentVariable("GITHUB_ACTOR", actorBefore);

    private static (int ExitCode, string Out, string Err) As(string user, params string[] args)
    {
        Environment.SetEnvironmentVariable("GITHUB_ACTOR", user);
        return CliHarness.Run(args);
    }

    [Test]
    public void Production_needs_an_approval_by_a_listed_user_and_history_shows_it()
    {
        // Arrange
        using var project = new TempProject();
        File.AppendAllText(project.Config, "  - name: production\n    approvals: { required: 1, approvers: [alice] }\n");
        var version = JsonDocument.Parse(CliHarness.Run("train", "--config", project.Config, "--json").Out).RootElement.GetProperty("version").GetString();
        CliHarness.Run("promote", "--config", project.Config, "-e", "sandbox");
        CliHarness.Run("promote", "--config", project.Config, "-e", "staging");
        var spec = $"cli-model@{version}";

        // Act
        var unapproved = As("alice", "promote", "--config", project.Config, "-e", "production");
        var stranger = As("mallory", "approve", spec, "--config", project.Config, "-e", "production");
        var approve = As("alice", "approve", spec, "--config", project.Config, "-e", "production", "--comment", "reviewed the card");
        var promote = As("ci-bot", "promote", "--config", project.Config, "-e", "production");
        var history = CliHarness.Run("history", "--config", project.Config, "--json");
        var csv = CliHarness.Run("history", "--config", project.Config, "-e", "production", "--csv");

        // Assert
        Assert.That(unapproved.ExitCode, Is.EqualTo(1), unapproved.Err);
        Assert.That(unapproved.Err, Does.Contain("TOLLGATE0310").And.Contain("needs 1 more approval").And.Contain($"tollgate approve {spec} --environment production").And.Contain("alice"));
        Assert.That(stranger.ExitCode, Is.EqualTo(2));
        Assert.That(stranger.Err, Does.Contain("TOLLGATE0311").And.Contain("'mallory' may not approve"));
        Assert.That(approve.ExitCode, Is.EqualTo(0), approve.Err);
        Assert.That(approve.Out, Does.Contain("1 of 1 approval(s) (alice); it may be promoted."));
        Assert.That(promote.ExitCode, Is.EqualTo(0), promote.Err);
        var audit = JsonDocument.Parse(history.Out).RootElement.GetProperty("audit").EnumerateArray().Single();
        Assert.That(audit.GetProperty("kind").GetString(), Is.EqualTo("approval"));
        Assert.That(audit.GetProperty("actor").GetProperty("user").GetString(), Is.EqualTo("alice"));
        Assert.That(audit.GetProperty("comment").GetString(), Is.EqualTo("reviewed the card"));
        var lines = csv.Out.TrimEnd('\n').Split('\n');
        Assert.That(lines[0], Does.EndWith(",approved_by"));
        Assert.That(lines[1], Does.EndWith(",alice"));
    }
}
