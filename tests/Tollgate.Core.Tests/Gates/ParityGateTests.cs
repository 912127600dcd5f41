namespace Tollgate.Core.Tests.Gates;

public class ParityGateTests
{
    [Test]
    public async Task The_same_model_retrained_agrees_on_every_holdout_row_and_every_replayed_request()
    {
        // Arrange: two trainings of the same spec and seed; three logged requests, one with a missing value
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: "      - parity:\n          minAgreement: 0.99\n          replay: requests.jsonl");
        dir.File("requests.jsonl", "{\"tenure\": 3, \"charges\": 99.5, \"contract\": \"monthly\"}\n{\"tenure\": 60, \"charges\": 25, \"contract\": \"two-year\"}\n\n{\"tenure\": null, \"contract\": \"yearly\"}\n");
        var baseline = GateRun.Train(config, dir, "m1", "1.0.0");
        var candidate = GateRun.Train(config, dir, "m2", "1.1.0");

        // Act
        var result = await GateRun.Evaluate(config, candidate, baseline);

        // Assert
        Assert.That(result.Verdict, Is.EqualTo("pass"), result.Message);
        Assert.That(result.Observed, Is.EqualTo(1.0));
        Assert.That(result.Evidence!["holdout"]!["metrics"]!["agreement_low"]!.GetValue<double>(), Is.LessThan(1).And.GreaterThan(0.9));
        Assert.That(result.Evidence["replay"]!["requests"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(result.Evidence["replay"]!["agreement"]!.GetValue<double>(), Is.EqualTo(1.0));
        Assert.That(result.Message, Does.Contain("against 1.0.0"));
    }

    [Test]
    public async Task A_candidate_that_predicts_differently_fails_on_agreement_and_names_differing_replay_lines()
    {
        // Arrange: the running model saw only tenure; the candidate also sees charges and contract
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: "      - parity:\n          minAgreement: 0.99\n          replay: requests.jsonl");
        var requests = Enumerable.Range(0, 40).Select(i => $"{{\"tenure\": {i + 1}, \"charges\": {20 + (i * 2.5)}, \"contract\": \"{(i % 2 == 0 ? "monthly" : "two-year")}\"}}");
        dir.File("requests.jsonl", string.Join('\n', requests));
        GateRun.SetFeatures(dir, "  numeric: [tenure]");
        var baseline = GateRun.Train(config, dir, "m1", "1.0.0");
        GateRun.SetFeatures(dir, "  numeric: [tenure, charges]\n  categorical: [contract]");
        var candidate = GateRun.Train(config, dir, "m2", "1.1.0");

        // Act
        var result = await GateRun.Evaluate(config, candidate, baseline);

        // Assert
        Assert.That(result.Verdict, Is.EqualTo("fail"));
        Assert.That(result.Observed, Is.LessThan(0.99));
        Assert.That(result.Message, Does.Contain("agreement").And.Contain("< 0.99").And.Contain("replay of 40 requests"));
        Assert.That(result.Evidence!["replay"]!["differingLines"]!.AsArray(), Is.Not.Empty);
        Assert.That(result.Evidence["holdout"]!["metrics"]!["mcnemar_exact_pvalue"], Is.Not.Null);
    }

    [Test]
    public async Task Without_a_running_model_it_passes_only_when_a_first_deployment_is_allowed()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: "      - parity: {}\n        allowFirstDeployment: false");
        var candidate = GateRun.Train(config, dir, "m");

        // Act
        var result = await GateRun.Evaluate(config, candidate);

        // Assert
        Assert.That(result.Verdict, Is.EqualTo("fail"));
        Assert.That(result.Message, Does.Contain("no model runs in staging yet and allowFirstDeployment is false"));
    }

    [Test]
    public async Task A_replay_line_that_is_not_json_is_reported_with_file_and_line()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: "      - parity:\n          replay: requests.jsonl");
        dir.File("requests.jsonl", "{\"tenure\": 3, \"charges\": 99.5, \"contract\": \"monthly\"}\n{tenure: oops\n");
        var model = GateRun.Train(config, dir, "m");

        // Act
        var ex = await Assert.ThrowsAsync<TollgateException>(() => GateRun.Evaluate(config, model, model));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.GateInputInvalid));
        Assert.That(ex.Message, Does.Contain("requests.jsonl:2: not a JSON object"));
    }
    [TestCase(50.0, "pass")]
    [TestCase(0.0001, "fail")]
    public async Task Regression_models_are_compared_with_tost_within_the_margin(double margin, string verdict)
    {
        // Arrange: predict charges; the running model saw tenure, the candidate also sees contract
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, trainer: "fasttree-regression", gates: $"      - parity:\n          margin: {margin.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        var spec = Path.Combine(dir.Path, "training.yml");
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("label: churned", "label: charges").Replace("task: binary", "task: regression"));
        GateRun.SetFeatures(dir, "  numeric: [tenure]");
        var baseline = GateRun.Train(config, dir, "m1", "1.0.0");
        GateRun.SetFeatures(dir, "  numeric: [tenure]\n  categorical: [contract]");
        var candidate = GateRun.Train(config, dir, "m2", "1.1.0");

        // Act
        var result = await GateRun.Evaluate(config, candidate, baseline);

        // Assert
        Assert.That(result.Verdict, Is.EqualTo(verdict), result.Message);
        Assert.That(result.Evidence!["holdout"]!["metrics"]!["tost_pvalue"], Is.Not.Null);
        Assert.That(result.Observed, Is.GreaterThan(0), "the models differ");
        Assert.That(result.Message, Does.Contain(verdict == "pass" ? "equivalent within" : "not shown equivalent within"));
    }
}
