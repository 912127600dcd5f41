using Tollgate.Core.Tests.Oci;

namespace Tollgate.Cli.Tests.Commands;

/// <summary>
/// Three CI jobs, each in its own fresh clone (no shared disk), promote sandbox → staging → production on the git-backed
/// ledger (a real bare remote) while the artifact travels through the real docker-registry.
/// </summary>
[NonParallelizable]
public class FreshAgentPromotionTests
{
    private static string Yml(string? registry) =>
        "model:\n  name: cli-model\n  training: training.yml\n  output: out/model\n"
        + "package:\n  feed: out/feed\n  ociLayout: out/oci\n" + (registry is null ? "" : $"  ociRepository: {registry}/models/cli\n")
        + "backend:\n  kind: git\n"
        + "environments:\n  - name: sandbox\n  - name: staging\n    gates:\n      - metric: auc >= 0.6\n  - name: production\n    gates:\n      - baseline: auc >= baseline - 0.05\n";

    private static (int ExitCode, string Out, string Err) Tollgate(string clone, params string[] args) =>
        CliHarness.Run([.. args, "--config", Path.Combine(clone, "tollgate.yml")]);

    [Test]
    public void Three_jobs_in_fresh_clones_promote_one_digest_through_every_environment()
    {
        // Arrange: job 1 trains, packs and pushes in its own clone
        using var registry = RegistryProcess.Start();
        using var remote = new GitRemote();
        using var project = new TempProject();
        var yml = Yml(registry.Host);
        var job1 = remote.Clone("job1", yml);
        foreach (var file in new[] { "data.csv", "training.yml" })
        {
            File.Copy(project.Combine(file), Path.Combine(job1, file));
        }

        // Act
        var train = Tollgate(job1, "train");
        var pack = Tollgate(job1, "pack");
        var push = Tollgate(job1, "push", "--oci", $"{registry.Host}/models/cli");
        var sandbox = Tollgate(job1, "promote", "-e", "sandbox");
        var job2 = remote.Clone("job2", yml);
        var validate = Tollgate(job2, "validate", "-e", "staging", "--candidate-from", "sandbox", "--json");
        var staging = Tollgate(job2, "promote", "-e", "staging");
        var job3 = remote.Clone("job3", yml);
        var production = Tollgate(job3, "promote", "-e", "production", "--json");
        var reader = remote.Clone("reader", yml);
        foreach (var file in new[] { "data.csv", "training.yml" })
        {
            File.Copy(project.Combine(file), Path.Combine(reader, file)); // the baseline gate re-measures on the spec's holdout rows
        }

        var status = Tollgate(reader, "status", "--json");
        var baseline = Tollgate(reader, "validate", "-e", "production", "--candidate-from", "staging");

        // Assert
        foreach (var (name, run) in new[] { ("train", train), ("pack", pack), ("push", push), ("sandbox", sandbox), ("validate", validate), ("staging", staging), ("production", production) })
        {
            Assert.That(run.ExitCode, Is.EqualTo(0), $"{name}: {run.Err}{run.Out}");
        }

        Assert.That(validate.Err, Does.Contain("No local artifact: taking cli-model").And.Contain($"from oci://{registry.Host}/models/cli@sha256:"));
        Assert.That(staging.Err, Does.Contain("No local artifact: taking cli-model"), "promote reuses the verified fetch of validate");
        Assert.That(baseline.ExitCode, Is.EqualTo(0), "the baseline gate compares with the running model fetched from the registry: " + baseline.Err + baseline.Out);
        Assert.That(baseline.Out, Does.Contain("baseline"));
        Assert.That(production.Err, Does.Contain($"from oci://{registry.Host}/models/cli@sha256:"));
        var document = JsonDocument.Parse(status.Out).RootElement;
        Assert.That(document.GetProperty("backend").GetString(), Is.EqualTo("git"));
        var rows = document.GetProperty("environments").EnumerateArray().ToList();
        var digests = rows.Select(r => r.GetProperty("digest").GetString()).Distinct().ToList();
        Assert.That(digests, Has.Count.EqualTo(1), status.Out);
        var artifacts = rows[2].GetProperty("artifacts").EnumerateArray().Select(a => a.GetString()!).ToList();
        Assert.That(artifacts, Has.Some.StartsWith($"oci://{registry.Host}/models/cli@sha256:"), "the registry push is recorded");
        Assert.That(artifacts, Has.Some.StartsWith("nuget:out/feed?package=cli-model&version="), "the pack into the folder feed is recorded");
        Assert.That(Directory.Exists(Path.Combine(job3, "out")), Is.False, "job 3 never needed a local build output");
        foreach (var clone in new[] { job1, job2, job3 })
        {
            var verify = Tollgate(clone, "ledger", "verify");
            Assert.That(verify.ExitCode, Is.EqualTo(0), verify.Err);
        }

        Assert.That(GitRemote.Run(job1, "status", "--porcelain", "--untracked-files=no"), Is.Empty, "the work tree's tracked files are untouched");
    }

    [Test]
    public void A_fresh_agent_without_any_reachable_publication_fails_naming_what_was_recorded()
    {
        // Arrange: job 1 only packs locally (a folder feed and layout no other agent can see)
        using var remote = new GitRemote();
        using var project = new TempProject();
        var yml = Yml(null);
        var job1 = remote.Clone("job1", yml);
        foreach (var file in new[] { "data.csv", "training.yml" })
        {
            File.Copy(project.Combine(file), Path.Combine(job1, file));
        }

        Tollgate(job1, "train");
        Tollgate(job1, "pack");
        var sandbox = Tollgate(job1, "promote", "-e", "sandbox");
        var job2 = remote.Clone("job2", yml);

        // Act
        var staging = Tollgate(job2, "promote", "-e", "staging");

        // Assert
        Assert.That(sandbox.ExitCode, Is.EqualTo(0), sandbox.Err);
        Assert.That(staging.ExitCode, Is.EqualTo(2));
        Assert.That(staging.Err, Does.Contain("TOLLGATE1203").And.Contain("is live in 'sandbox'").And.Contain("oci-layout:out/oci@sha256:"));
        Assert.That(staging.Err, Does.Contain("tollgate push --oci"));
    }

    [Test]
    public void Fresh_clones_agree_on_the_version_of_a_digest_and_never_reuse_a_published_version_for_another()
    {
        // Arrange: job 1 trains and pushes to the registry only (nothing promoted, nothing shared on disk)
        using var registry = RegistryProcess.Start();
        using var remote = new GitRemote();
        using var project = new TempProject();
        var yml = Yml(registry.Host);
        string Job(string name, bool shifted = false)
        {
            var clone = remote.Clone(name, yml);
            File.Copy(project.Combine("training.yml"), Path.Combine(clone, "training.yml"));
            File.WriteAllText(Path.Combine(clone, "data.csv"), File.ReadAllText(project.Combine("data.csv")) + (shifted ? "9.000,1.000,a,1\n" : ""));
            return clone;
        }

        string Version(string clone) => JsonDocument.Parse(Tollgate(clone, "train", "--json").Out).RootElement.GetProperty("version").GetString()!;
        var job1 = Job("job1");
        var first = Version(job1);
        Assert.That(Tollgate(job1, "push", "--oci", $"{registry.Host}/models/cli").ExitCode, Is.EqualTo(0));

        // Act
        var same = Version(Job("job2"));
        var other = Version(Job("job3", shifted: true));

        // Assert
        Assert.That(same, Is.EqualTo(first), "the same digest gets the version the registry already holds");
        Assert.That(other, Is.Not.EqualTo(first));
        Assert.That(NuGet.Versioning.SemanticVersion.Parse(other).CompareTo(NuGet.Versioning.SemanticVersion.Parse(first), NuGet.Versioning.VersionComparison.Version), Is.GreaterThan(0),
            $"a new digest gets a version above every published one ({other} vs {first})");
    }
}
