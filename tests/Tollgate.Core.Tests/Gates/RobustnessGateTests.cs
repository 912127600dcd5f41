namespace Tollgate.Core.Tests.Gates;

public class RobustnessGateTests
{
    [Test]
    public async Task Small_noise_rarely_flips_predictions_and_no_corner_case_crashes_the_model()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: "      - robustness:\n          noise: 0.01\n          maxFlipRate: 0.05");
        var model = GateRun.Train(config, dir, "m");

        // Act
        var result = await GateRun.Evaluate(config, model);

        // Assert
        Assert.That(result.Verdict, Is.EqualTo("pass"), result.Message);
        Assert.That(result.Observed, Is.LessThanOrEqualTo(0.05));
        Assert.That(result.Evidence!["crashes"]!.AsArray(), Is.Empty);
        Assert.That(result.Evidence["noise"]!["rows"]!.GetValue<int>(), Is.GreaterThan(100));
        Assert.That(result.Message, Does.Contain("none threw"));
    }

    [Test]
    public async Task Large_noise_fails_on_the_flip_rate_and_lists_the_flipped_rows_the_same_way_every_run()
    {
        // Arrange: five standard deviations of noise scrambles many predictions
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: "      - robustness:\n          noise: 5\n          maxFlipRate: 0.01");
        var model = GateRun.Train(config, dir, "m");

        // Act
        var first = await GateRun.Evaluate(config, model);
        var second = await GateRun.Evaluate(config, model);

        // Assert
        Assert.That(first.Verdict, Is.EqualTo("fail"));
        Assert.That(first.Message, Does.Contain("flip rate under 5×std noise").And.Contain("> 0.01"));
        Assert.That(first.Evidence!["noise"]!["flippedRows"]!.AsArray(), Is.Not.Empty);
        Assert.That(second.Evidence!.ToJsonString(), Is.EqualTo(first.Evidence.ToJsonString()), "seeded perturbations");
    }

    [Test]
    public async Task Regression_models_are_gated_on_the_mean_score_change()
    {
        // Arrange: predict charges from tenure and contract
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, trainer: "sdca-regression", gates: "      - robustness:\n          noise: 0.5\n          maxScoreChange: 0.000001");
        var spec = Path.Combine(dir.Path, "training.yml");
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("label: churned", "label: charges").Replace("task: binary", "task: regression").Replace("[tenure, charges]", "[tenure]"));
        var model = GateRun.Train(config, dir, "m");

        // Act
        var result = await GateRun.Evaluate(config, model);

        // Assert
        Assert.That(result.Verdict, Is.EqualTo("fail"), result.Message);
        Assert.That(result.Message, Does.Contain("mean score change under 0.5×std noise"));
        Assert.That(result.Evidence!["noise"]!["maxScoreChange"]!.GetValue<double>(), Is.GreaterThanOrEqualTo(result.Observed!.Value));
        Assert.That(result.Evidence["crashes"]!.AsArray(), Is.Empty);
    }
}
