namespace Tollgate.Core.Tests.Gates;

/// <summary>The baseline gate's difference on the same holdout rows with its interval, and the gate forms that decide on it.</summary>
public class BaselineIntervalGateTests
{
    [Test]
    public async Task A_clearly_better_candidate_passes_auc_above_baseline_at_95_percent_by_DeLong()
    {
        // Arrange: the running model saw only tenure; the candidate also sees charges and contract.
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: "      - baseline: auc > baseline\n        confidence: 0.95");
        GateRun.SetFeatures(dir, "  numeric: [tenure]");
        var baseline = GateRun.Train(config, dir, "m1", "1.0.0");
        GateRun.SetFeatures(dir, "  numeric: [tenure, charges]\n  categorical: [contract]");
        var candidate = GateRun.Train(config, dir, "m2", "1.1.0");

        // Act
        var result = await GateRun.Evaluate(config, candidate, baseline);

        // Assert
        Assert.That(result.Verdict, Is.EqualTo("pass"), result.Message);
        var difference = result.Evidence!["difference"]!;
        Assert.That(difference["method"]!.GetValue<string>(), Is.EqualTo("delong"));
        Assert.That(difference["lower"]!.GetValue<double>(), Is.GreaterThan(0));
        var mlnet = result.Evidence["candidate"]!["auc"]!.GetValue<double>() - result.Evidence["baseline"]!["auc"]!.GetValue<double>();
        Assert.That(difference["difference"]!.GetValue<double>(), Is.EqualTo(mlnet).Within(1e-6), "DeLong's AUCs are ML.NET's AUCs");
        Assert.That(result.Threshold, Is.EqualTo("lower bound of Δauc > 0"));
    }

    [Test]
    public async Task The_same_model_is_not_shown_better_but_keeps_passing_the_point_estimate_form()
    {
        // Arrange: two trainings of the same spec and seed predict identically, so Δauc = 0 with a zero-width interval.
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: "      - baseline: auc > baseline\n        confidence: 0.95");
        var baseline = GateRun.Train(config, dir, "m1", "1.0.0");
        var candidate = GateRun.Train(config, dir, "m2", "1.1.0");
        var pointConfig = SampleProject.Create(dir, gates: "      - baseline: auc >= baseline - 0.005");

        // Act
        var strict = await GateRun.Evaluate(config, candidate, baseline);
        var point = await GateRun.Evaluate(pointConfig, candidate, baseline);

        // Assert
        Assert.That(strict.Verdict, Is.EqualTo("fail"), strict.Message);
        Assert.That(strict.Message, Does.Contain("Δauc = 0 [0, 0]"));
        Assert.That(point.Verdict, Is.EqualTo("pass"), point.Message);
        Assert.That(point.Message, Does.Contain("Δauc = 0").And.Contain("delong"));
    }

    [Test]
    public async Task Non_inferiority_on_accuracy_uses_a_seeded_paired_bootstrap()
    {
        // Arrange: a candidate with one more feature (contract) must not be more than 5 points less accurate.
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: "      - baseline: accuracy >= baseline - 0.05\n        confidence: 0.9\n        resamples: 500");
        GateRun.SetFeatures(dir, "  numeric: [tenure, charges]");
        var baseline = GateRun.Train(config, dir, "m1", "1.0.0");
        GateRun.SetFeatures(dir, "  numeric: [tenure, charges]\n  categorical: [contract]");
        var candidate = GateRun.Train(config, dir, "m2", "1.1.0");

        // Act
        var first = await GateRun.Evaluate(config, candidate, baseline);
        var again = await GateRun.Evaluate(config, candidate, baseline);

        // Assert
        var d = first.Evidence!["difference"]!;
        Assert.That(d["method"]!.GetValue<string>(), Is.EqualTo("paired-bootstrap"));
        Assert.That(d["resamples"]!.GetValue<int>(), Is.EqualTo(500));
        Assert.That(d["lower"]!.GetValue<double>(), Is.LessThanOrEqualTo(d["difference"]!.GetValue<double>()).And.GreaterThan(-0.05));
        Assert.That(d["upper"]!.GetValue<double>(), Is.GreaterThanOrEqualTo(d["difference"]!.GetValue<double>()));
        Assert.That(first.Verdict, Is.EqualTo("pass"), first.Message);
        Assert.That(again.Evidence!["difference"]!.ToJsonString(), Is.EqualTo(d.ToJsonString()), "same seed, same interval");
    }

    [TestCase("auc == baseline", "'==' cannot be decided on an interval")]
    [TestCase("auprc > baseline", "metric 'auprc' has no interval")]
    public void A_confidence_the_gate_cannot_honour_is_refused_when_the_file_loads(string expression, string problem)
    {
        // Arrange
        using var dir = new TempDir();

        // Act
        var ex = Assert.Throws<TollgateException>(() => SampleProject.Create(dir, gates: $"      - baseline: {expression}\n        confidence: 0.95"));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.GateInvalid));
        Assert.That(ex.Message, Does.Contain(problem));
    }
}
