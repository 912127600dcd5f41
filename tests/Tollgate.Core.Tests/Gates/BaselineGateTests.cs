namespace Tollgate.Core.Tests.Gates;

public class BaselineGateTests
{
    private const string Gate = "      - baseline: auc >= baseline - 0.5";

    [Test]
    public async Task Same_data_and_seed_compares_on_the_whole_holdout_and_reproduces_the_trained_metrics()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: Gate);
        var model = GateRun.Train(config, dir, "m1");

        // Act: the same model as candidate and baseline
        var result = await GateRun.Evaluate(config, model, model);

        // Assert: 800 rows * 0.25 ≈ 200 holdout rows, none seen in training, and the split is the one training used
        Assert.That(result.Passed, Is.True, result.Message);
        var rows = int.Parse(result.Inputs!["rows"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(rows, Is.InRange(150, 250));
        Assert.That(result.Observed, Is.EqualTo(model.Manifest.Metrics["auc"]).Within(1e-9));
    }

    [Test]
    public async Task A_new_seed_drops_the_rows_the_running_model_trained_on()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: Gate);
        var baseline = GateRun.Train(config, dir, "m1");
        var spec = Path.Combine(dir.Path, "training.yml");
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("seed: 3", "seed: 9"));
        var candidate = GateRun.Train(config, dir, "m2", "1.1.0");

        // Act
        var result = await GateRun.Evaluate(config, candidate, baseline);

        // Assert: two independent 25 % holdouts share about 1/16 of 800 rows = 50
        var rows = int.Parse(result.Inputs!["rows"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(rows, Is.InRange(20, 90));
        Assert.That(result.Inputs["data"], Does.Contain("without the rows 1.0.0 trained on (seed 3)"));
        Assert.That(result.Message, Does.Contain($"on {rows} rows neither model trained on"));
    }

    [Test]
    public async Task Each_model_is_scored_with_its_own_inputs_when_the_candidate_removes_one()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: Gate);
        var baseline = GateRun.Train(config, dir, "m1");
        GateRun.SetFeatures(dir, "  numeric: [tenure]\n  categorical: [contract]");
        var candidate = GateRun.Train(config, dir, "m2", "1.1.0");

        // Act
        var result = await GateRun.Evaluate(config, candidate, baseline);

        // Assert
        Assert.That(result.Observed, Is.Not.Null, result.Message);
        Assert.That(result.Message, Does.Contain("vs baseline 1.0.0"));
    }

    [Test]
    public async Task Changed_training_data_without_a_shared_holdout_file_fails_and_says_why()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: Gate);
        var baseline = GateRun.Train(config, dir, "m1");
        SampleProject.WriteData(Path.Combine(dir.Path, "data.csv"), 800, 99);
        var candidate = GateRun.Train(config, dir, "m2", "1.1.0");

        // Act
        var result = await GateRun.Evaluate(config, candidate, baseline);

        // Assert
        Assert.That(result.Passed, Is.False);
        Assert.That(result.Message, Does.Contain("cannot compare like with like").And.Contain("not the current training file"));
    }
}
