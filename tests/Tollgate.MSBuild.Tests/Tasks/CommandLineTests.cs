using Tollgate.MSBuild.Tests.Support;

namespace Tollgate.MSBuild.Tests.Tasks;

public class CommandLineTests
{
    private const string Cli = "/pkg/tools/cli/Tollgate.Cli.dll";

    [Test]
    public void Train_passes_output_force_and_the_config_resolved_against_the_project()
    {
        // Arrange
        var task = new TrainModel { CliPath = Cli, ProjectDirectory = "/repo/app", ConfigFile = "../tollgate.yml", Output = "out/model", Force = true };

        // Act
        var line = task.CommandLine;

        // Assert
        Assert.That(line, Is.EqualTo($"exec {Cli} train --output out/model --force --config {Path.GetFullPath("/repo/tollgate.yml")}"));
    }

    [Test]
    public void Train_passes_the_inputs_file_the_targets_read_next_time()
    {
        // Arrange
        var task = new TrainModel { CliPath = Cli, InputsFile = "/repo/app/obj/tollgate/train-1.inputs" };

        // Act
        var line = task.CommandLine;

        // Assert
        Assert.That(line, Is.EqualTo($"exec {Cli} train --inputs-file /repo/app/obj/tollgate/train-1.inputs"));
    }

    [Test]
    public void Promote_passes_environment_current_data_and_strategy()
    {
        // Arrange
        var task = new PromoteModel { CliPath = Cli, Environment = "production", CurrentData = "data/recent traffic.csv", Strategy = "canary" };

        // Act
        var line = task.CommandLine;

        // Assert
        Assert.That(line, Is.EqualTo($"exec {Cli} promote --environment production --current \"data/recent traffic.csv\" --strategy canary"));
    }

    [Test]
    public void Rollback_quotes_the_reason()
    {
        // Arrange
        var task = new RollbackModel { CliPath = Cli, Environment = "production", To = "1.0.0", Reason = "bad canary" };

        // Act
        var line = task.CommandLine;

        // Assert
        Assert.That(line, Is.EqualTo($"exec {Cli} rollback --environment production --to 1.0.0 --reason \"bad canary\""));
    }

    [Test]
    public void Status_runs_without_an_environment()
    {
        // Arrange
        var task = new ShowStatus { CliPath = Cli };

        // Act
        var line = task.CommandLine;

        // Assert
        Assert.That(line, Is.EqualTo($"exec {Cli} status"));
    }

    [TestCase(typeof(PromoteModel))]
    [TestCase(typeof(ValidateModel))]
    [TestCase(typeof(RollbackModel))]
    public void Environment_commands_fail_with_TOLLGATE1502_without_an_environment(Type taskType)
    {
        // Arrange
        var engine = new FakeBuildEngine();
        var task = (EnvironmentCliTask)Activator.CreateInstance(taskType)!;
        task.BuildEngine = engine;
        task.CliPath = Cli;

        // Act
        var ok = task.Execute();

        // Assert
        Assert.That(ok, Is.False);
        Assert.That(engine.Errors.Select(e => e.Code), Is.EqualTo(new[] { "TOLLGATE1502" }));
        Assert.That(engine.Errors[0].Message, Does.Contain("TollgateEnvironment"));
    }
}
