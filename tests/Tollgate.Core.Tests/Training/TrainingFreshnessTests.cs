using Tollgate.Core.Config;
using Tollgate.Core.Training;

namespace Tollgate.Core.Tests.Training;

public class TrainingFreshnessTests
{
    [Test]
    public void Is_up_to_date_when_nothing_changed_since_training()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir);
        var output = Path.Combine(dir.Path, "out", "model");
        var trained = new ModelTrainer(config).Train(output, _ => "1.0.0");

        // Act
        var (upToDate, reason) = TrainingFreshness.Check(config, output);

        // Assert
        Assert.That(upToDate?.Digest, Is.EqualTo(trained.Digest), reason);
    }

    [Test]
    public void Lists_every_file_the_check_reads_so_a_build_can_skip_it_by_time_stamps()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir);
        var output = Path.Combine(dir.Path, "out", "model");

        // Act
        var files = TrainingFreshness.InputFiles(config, output);

        // Assert: tollgate.yml, the training spec, its data (no test file in the sample) and the manifest to compare with
        Assert.That(files, Is.EqualTo(new[]
        {
            Path.Combine(dir.Path, "tollgate.yml"), Path.Combine(dir.Path, "training.yml"), Path.Combine(dir.Path, "data.csv"),
            Path.Combine(output, "tollgate.model.json"),
        }).Using<string>((a, b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal)));
    }

    [Test]
    public void Is_stale_without_an_artifact()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir);

        // Act
        var (upToDate, reason) = TrainingFreshness.Check(config, Path.Combine(dir.Path, "out", "model"));

        // Assert
        Assert.That(upToDate, Is.Null);
        Assert.That(reason, Is.EqualTo("no trained artifact yet"));
    }

    [TestCase("data", "the training data changed")]
    [TestCase("hyperparameters", "the training spec changed")]
    [TestCase("card", "the model name, version or card in tollgate.yml changed")]
    public void Is_stale_when_an_input_changed(string change, string expectedReason)
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir);
        var output = Path.Combine(dir.Path, "out", "model");
        new ModelTrainer(config).Train(output, _ => "1.0.0");
        switch (change)
        {
            case "data":
                File.AppendAllText(Path.Combine(dir.Path, "data.csv"), "10,50.00,monthly,1\n");
                break;
            case "hyperparameters":
                Edit(dir, "training.yml", "name: sdca-logistic", "name: sdca-logistic\n  hyperparameters: { l2Regularization: \"0.01\" }");
                break;
            default:
                Edit(dir, "tollgate.yml", "owners: [tests@example.com]", "owners: [other@example.com]");
                config = ConfigLoader.Load(Path.Combine(dir.Path, "tollgate.yml"));
                break;
        }

        // Act
        var (upToDate, reason) = TrainingFreshness.Check(config, output);

        // Assert
        Assert.That(upToDate, Is.Null);
        Assert.That(reason, Is.EqualTo(expectedReason));
    }

    private static void Edit(TempDir dir, string file, string from, string to)
    {
        var path = Path.Combine(dir.Path, file);
        var text = File.ReadAllText(path);
        Assert.That(text, Does.Contain(from));
        File.WriteAllText(path, text.Replace(from, to));
    }
}
