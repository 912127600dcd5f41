using Tollgate.Core.Environments.Rollout.Canary;

namespace Tollgate.Core.Tests.Environments.Rollout.Canary;

[TestFixture]
public sealed class DeploymentCountsReaderTests
{
    private const string Candidate = "sha256:cccc";
    private const string Baseline = "sha256:bbbb";

    [Test]
    public async Task Reads_json_counts_by_digest_with_latency_samples_and_histograms()
    {
        // Arrange
        using var dir = new TempDir();
        var path = dir.File("health.json", """
            { "error_rate": 0.01,
              "deployments": {
                "sha256:cccc": { "requests": 1200, "errors": 12, "latency_ms": [10.5, 12] },
                "sha256:bbbb": { "requests": 10800, "errors": 99, "latency_histogram": { "bounds": [50, 100], "counts": [10, 20, 3] } } } }
            """);

        // Act
        var (candidate, baseline) = await DeploymentCountsReader.ReadAsync(path, null, Candidate, Baseline, CancellationToken.None);

        // Assert
        Assert.That(candidate, Is.EqualTo(candidate with { Requests = 1200, Errors = 12 }));
        Assert.That(candidate.LatencyMs, Is.EqualTo(new[] { 10.5, 12 }));
        Assert.That(baseline.Errors, Is.EqualTo(99));
        Assert.That(baseline.Histogram!.Counts, Is.EqualTo(new long[] { 10, 20, 3 }));
    }

    [Test]
    public async Task Reads_csv_rows_named_arm_dot_count()
    {
        // Arrange
        using var dir = new TempDir();
        var path = dir.File("health.csv", "metric,value\nerror_rate,0.01\ncandidate.requests,500\ncandidate.errors,5\nbaseline.requests,4500\nbaseline.errors,40\n");

        // Act
        var (candidate, baseline) = await DeploymentCountsReader.ReadAsync(path, null, Candidate, Baseline, CancellationToken.None);

        // Assert
        Assert.That((candidate.Requests, candidate.Errors, baseline.Requests, baseline.Errors), Is.EqualTo((500L, 5L, 4500L, 40L)));
    }

    [TestCase("{\"deployments\": {\"candidate\": {\"requests\": 10, \"errors\": 1}}}", "no deployments entry \"baseline\"")]
    [TestCase("{\"deployments\": {\"candidate\": {\"requests\": 10.5, \"errors\": 1}, \"baseline\": {\"requests\": 1, \"errors\": 0}}}", "deployments.candidate.requests is missing or not an integer")]
    [TestCase("{\"deployments\": {\"candidate\": {\"requests\": 10, \"errors\": 1, \"latency_histogram\": {\"bounds\": [5, 1], \"counts\": [1, 1, 1]}}, \"baseline\": {\"requests\": 1, \"errors\": 0}}}", "rising bounds")]
    public async Task Refuses_counts_it_cannot_trust_with_TOLLGATE1404(string json, string problem)
    {
        // Arrange
        using var dir = new TempDir();
        var path = dir.File("health.json", json);

        // Act
        var ex = await Assert.ThrowsAsync<TollgateException>(() => DeploymentCountsReader.ReadAsync(path, null, Candidate, Baseline, CancellationToken.None));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.HealthCountsInvalid));
        Assert.That(ex.Message, Does.Contain(problem));
    }
}
