namespace Tollgate.Cli.Tests.Commands;

public class TrainCommandTests
{
    [Test]
    public void Skips_training_when_inputs_are_unchanged_and_retrains_with_force()
    {
        // Arrange
        using var project = new TempProject();
        var first = CliHarness.Run("train", "--config", project.Config);

        // Act
        var again = CliHarness.Run("train", "--config", project.Config, "--json");
        var forced = CliHarness.Run("train", "--config", project.Config, "--force");

        // Assert
        Assert.That(new[] { first.ExitCode, again.ExitCode, forced.ExitCode }, Is.All.EqualTo(0), first.Err + again.Err + forced.Err);
        Assert.That(first.Err, Does.Contain("Training: no trained artifact yet."));
        var json = JsonDocument.Parse(again.Out).RootElement;
        Assert.That(json.GetProperty("upToDate").GetBoolean(), Is.True);
        Assert.That(again.Err, Does.Not.Contain("Training lbfgs-logistic"));
        Assert.That(forced.Err, Does.Contain("Training lbfgs-logistic"));
    }

    [Test]
    public void Retrains_and_says_why_when_the_data_changed()
    {
        // Arrange
        using var project = new TempProject();
        CliHarness.Run("train", "--config", project.Config);
        File.AppendAllText(project.Combine("data.csv"), "1.000,2.000,a,0\n");

        // Act
        var result = CliHarness.Run("train", "--config", project.Config);

        // Assert
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Err);
        Assert.That(result.Err, Does.Contain("Training: the training data changed."));
        Assert.That(result.Out, Does.Not.Contain("up to date"));
    }

    [Test]
    public void Warns_TOLLGATE1501_in_canonical_form_when_trained_outside_git()
    {
        // Arrange
        using var project = new TempProject();

        // Act
        var result = CliHarness.Run("train", "--config", project.Config);

        // Assert: the temp folder is no git repository, so no commit reproduces the model.
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Err);
        Assert.That(result.Err, Does.Contain($"{project.Combine("training.yml")}: warning TOLLGATE1501: model cli-model"));
    }
}
