using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Tollgate.Core.Artifacts;

namespace Tollgate.Cli.Tests.Identity;

/// <summary>
/// One artifact load per command, seen from the outside: the artifact folder is hashed once per <c>promote</c> and
/// <c>validate</c> (counted through the <see cref="ArtifactMetrics"/> meter), and a promotion on the GitHub backend lists
/// the deployments once (counted by the loopback emulator); only the race check re-reads the target environment.
/// </summary>
[NonParallelizable]
public class OneArtifactLoadTests
{
    private const string Yml = "model:\n  name: cli-model\n  training: training.yml\n  output: out/model\npackage:\n  feed: out/feed\n  ociLayout: out/oci\n"
        + "environments:\n  - name: sandbox\n  - name: staging\n    gates:\n      - metric: auc >= 0.6\n      - baseline: auc >= baseline - 0.05\n";

    [Test]
    public async Task Promote_and_validate_hash_the_artifact_once_and_promote_lists_deployments_once()
    {
        // Arrange: a trained, packed model in a clone whose state lives in GitHub (the emulator)
        await using var emulator = await GitHubEmulator.GitHubEmulator.StartAsync();
        using var github = new GitHubEmulatorJob(emulator);
        using var remote = new GitRemote();
        using var project = new TempProject();
        var clone = github.Clone(remote, project, "job", Yml).Path;
        var config = Path.Combine(clone, "tollgate.yml");
        var artifact = Path.GetFullPath(Path.Combine(clone, "out", "model"));
        using var hashes = new FolderHashCounter();
        foreach (var setup in new[] { new[] { "train" }, ["pack"] })
        {
            var run = CliHarness.Run([.. setup, "--config", config]);
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Err);
        }

        // Act
        var steps = new[] { new[] { "promote", "-e", "sandbox" }, ["validate", "-e", "staging"], ["promote", "-e", "staging", "--rerun-gates"] }
            .Select(args =>
            {
                var (before, hashedBefore) = (emulator.Requests.Count, hashes.Of(artifact));
                var run = CliHarness.Run([.. args, "--config", config]);
                return (Name: string.Join(' ', args), Run: run, Hashed: hashes.Of(artifact) - hashedBefore, Requests: emulator.Requests.Skip(before).ToList());
            })
            .ToList();

        // Assert
        foreach (var step in steps)
        {
            TestContext.Out.WriteLine($"FIGURE {step.Name}: hashes={step.Hashed} full-listings={step.Requests.Count(r => IsDeploymentListing(r) && !r.PathAndQuery.Contains("environment=", StringComparison.Ordinal))} env-listings={step.Requests.Count(r => IsDeploymentListing(r) && r.PathAndQuery.Contains("environment=", StringComparison.Ordinal))} requests={step.Requests.Count}");
        }

        foreach (var step in steps)
        {
            Assert.That(step.Run.ExitCode, Is.EqualTo(0), $"{step.Name}: {step.Run.Err}");
            Assert.That(step.Hashed, Is.EqualTo(1), $"{step.Name} reads and hashes the artifact folder exactly once");
            TestContext.Out.WriteLine($"{step.Name}: {step.Hashed} hash pass(es), {step.Requests.Count} requests\n{Describe(step.Requests)}");
        }

        foreach (var (promote, target) in new[] { (steps[0], "sandbox"), (steps[2], "staging") })
        {
            var listings = promote.Requests.Where(IsDeploymentListing).ToList();
            var full = listings.Where(r => !r.PathAndQuery.Contains("environment=", StringComparison.Ordinal)).ToList();
            var raceChecks = listings.Where(r => r.PathAndQuery.Contains("environment=", StringComparison.Ordinal)).ToList();
            Assert.That(full, Has.Count.EqualTo(1), $"{promote.Name} lists the deployments once\n{Describe(promote.Requests)}");
            // The only re-reads are the backend's race checks: the target environment, right before each guarded write.
            Assert.That(raceChecks, Has.Count.LessThanOrEqualTo(2), Describe(promote.Requests));
            Assert.That(raceChecks.Select(r => r.PathAndQuery), Is.All.EndsWith($"&environment={target}"), Describe(promote.Requests));
        }

        Assert.That(steps[1].Requests.Where(IsDeploymentListing).ToList(), Has.Count.EqualTo(1), $"validate lists the deployments once\n{Describe(steps[1].Requests)}");
    }

    // GET …/deployments?task=deploy… (a page of Tollgate's deployments), not the audit records, one deployment or its statuses.
    private static bool IsDeploymentListing(GitHubEmulator.RecordedRequest r) =>
        r.Method == "GET" && r.PathAndQuery.Split('?')[0].EndsWith("/deployments", StringComparison.Ordinal)
        && r.PathAndQuery.Contains("task=deploy", StringComparison.Ordinal);

    private static string Describe(IEnumerable<GitHubEmulator.RecordedRequest> requests) =>
        string.Join('\n', requests.Select(r => $"  {r.Method} {r.PathAndQuery}"));

    /// <summary>Listens to <see cref="ArtifactMetrics.FolderHashesName"/> and counts passes per folder.</summary>
    private sealed class FolderHashCounter : IDisposable
    {
        private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
        private readonly MeterListener listener = new();

        public FolderHashCounter()
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == ArtifactMetrics.MeterName && instrument.Name == ArtifactMetrics.FolderHashesName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == ArtifactMetrics.DirectoryTag && tag.Value is string directory)
                    {
                        counts.AddOrUpdate(directory, (int)value, (_, c) => c + (int)value);
                    }
                }
            });
            listener.Start();
        }

        public int Of(string directory) => counts.GetValueOrDefault(Path.GetFullPath(directory));

        public void Dispose() => listener.Dispose();
    }
}
