namespace Tollgate.Core.Tests.Gates;

public class PerformanceGateTests
{
    [Test]
    public async Task Measures_latency_percentiles_throughput_size_and_load_time_of_the_served_model()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: "      - performance:\n          p95Ms: 1000\n          minThroughput: 1\n          maxSizeMb: 50\n          maxLoadMs: 60000\n          iterations: 40\n          batchRuns: 2");
        var model = GateRun.Train(config, dir, "m");

        // Act
        var result = await GateRun.Evaluate(config, model);

        // Assert
        Assert.That(result.Verdict, Is.EqualTo("pass"), result.Message);
        var latency = result.Evidence!["latency"]!;
        var p50 = latency["p50"]!.GetValue<double>();
        var p95 = latency["p95"]!.GetValue<double>();
        var p99 = latency["p99"]!.GetValue<double>();
        Assert.That(p50, Is.GreaterThan(0).And.LessThanOrEqualTo(p95));
        Assert.That(p95, Is.LessThanOrEqualTo(p99));
        Assert.That(result.Observed, Is.EqualTo(p95));
        Assert.That(result.Evidence["sizeBytes"]!.GetValue<long>(), Is.EqualTo(new FileInfo(Path.Combine(model.Dir, "model.zip")).Length));
        Assert.That(result.Evidence["throughput"]!["median"]!.GetValue<double>(), Is.GreaterThan(0));
        Assert.That(result.Evidence["throughput"]!["rows"]!.GetValue<int>(), Is.GreaterThan(100), "about a quarter of 800 rows is the holdout");
        Assert.That(result.Message, Does.Contain("p95").And.Contain("rows/s"));
    }

    [Test]
    public async Task Fails_naming_each_threshold_the_model_misses()
    {
        // Arrange: a model cannot be smaller than a few bytes, nor serve a billion rows a second here
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: "      - performance:\n          maxSizeMb: 0.000001\n          minThroughput: 1000000000\n          p99Ms: 10000\n          iterations: 20\n          batchRuns: 1");
        var model = GateRun.Train(config, dir, "m");

        // Act
        var result = await GateRun.Evaluate(config, model);

        // Assert
        Assert.That(result.Verdict, Is.EqualTo("fail"));
        Assert.That(result.Message, Does.Contain("sizeMb").And.Contain("throughput").And.Not.Contain("p99Ms 1"));
        Assert.That(result.Threshold, Does.Contain("sizeMb <= 0").And.Contain("throughput >= 1000000000").And.Contain("p99Ms <= 10000"));
    }
}
