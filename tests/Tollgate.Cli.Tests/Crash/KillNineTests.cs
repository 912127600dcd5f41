using Tollgate.Core.Tests.Oci;
using Tollgate.Core.Oci;

namespace Tollgate.Cli.Tests.Crash;

/// <summary>
/// kill -9 after every write of promote, rollback, retire, pack and push: a re-run converges to what an uninterrupted run
/// leaves (files, ledger records, OCI tags, registry), the ledger verifies after every kill, and no temp file survives.
/// </summary>
[NonParallelizable]
public class KillNineTests
{
    private static string Train(TempProject project, string output = "out/model") =>
        JsonDocument.Parse(Run("train", "--config", project.Config, "--output", project.Combine(output), "--json")).RootElement.GetProperty("version").GetString()!;

    private static string Run(params string[] args)
    {
        var result = CliHarness.Run(args);
        Assert.That(result.ExitCode, Is.EqualTo(0), $"tollgate {string.Join(' ', args)}: {result.Err}");
        return result.Out;
    }

    [Test]
    public void Promote_killed_after_any_write_converges_on_the_ledger_the_reports_and_the_environment_tag()
    {
        // Arrange: a trained, packed model (NuGet feed and OCI layout)
        using var project = new TempProject();
        Train(project);
        Run("pack", "--config", project.Config);

        // Act
        var points = KillMatrix.Check(project.Path, _ => ["promote", "-e", "sandbox"]);

        // Assert: the ledger (created, in progress, success), all four reports and the layout's sandbox tag were each killed after
        Assert.That(points, Has.Some.StartsWith("write:ledger.jsonl#3").And.Some.StartsWith("write:index.json").And.Some.StartsWith("write:gate-report.html"));
    }

    [Test]
    public void Promote_killed_after_the_ledger_records_success_still_moves_the_registry_environment_tag()
    {
        // Arrange: both models pushed to a real registry named in tollgate.yml; 1.0.0 is live in sandbox (registry tag sandbox)
        using var registry = RegistryProcess.Start();
        using var project = new TempProject();
        var repository = $"{registry.Host}/crash/promote";
        File.WriteAllText(project.Config, File.ReadAllText(project.Config).Replace("  feed: out/feed\n", $"  feed: out/feed\n  ociRepository: {repository}\n"));
        foreach (var artifact in new[] { "out/a", "out/b" })
        {
            File.AppendAllText(project.Combine("data.csv"), "9.000,1.000,a,1\n0.500,2.000,b,0\n");
            Train(project, artifact);
            Run("pack", "--config", project.Config, "--artifact", project.Combine(artifact));
            Run("push", "--oci", repository, "--artifact", project.Combine(artifact));
        }

        Run("promote", "--config", project.Config, "-e", "sandbox", "--artifact", project.Combine("out/a"));
        var before = SandboxTag(repository);

        // Act: every run starts with the registry's sandbox tag on 1.0.0 (the registry is shared, the project copies are not)
        var points = KillMatrix.Check(
            project.Path, _ => ["promote", "-e", "sandbox", "--artifact", "out/b"], _ => SandboxTag(repository),
            only: p => p.Contains("ledger", StringComparison.Ordinal) || p.Contains("index.json", StringComparison.Ordinal) || p.StartsWith("tagged:", StringComparison.Ordinal),
            reset: _ => Retag(repository, before));

        // Assert
        Assert.That(points, Has.Some.EqualTo("write:ledger.jsonl#3").And.Some.EqualTo("tagged:registry#1"));
        Assert.That(SandboxTag(repository), Is.Not.EqualTo(before));
    }

    [Test]
    public void Rollback_killed_after_any_write_is_resumed_once_and_never_rolls_back_twice()
    {
        // Arrange: two models promoted to sandbox one after the other
        using var project = new TempProject();
        foreach (var artifact in new[] { "out/a", "out/b" })
        {
            File.AppendAllText(project.Combine("data.csv"), "9.000,1.000,a,1\n0.500,2.000,b,0\n"); // another model each time
            Train(project, artifact);
            Run("pack", "--config", project.Config, "--artifact", project.Combine(artifact));
            Run("promote", "--config", project.Config, "-e", "sandbox", "--artifact", project.Combine(artifact));
        }

        // Act
        var points = KillMatrix.Check(project.Path, _ => ["rollback", "-e", "sandbox", "--reason", "bad reviews"]);

        // Assert
        Assert.That(points, Has.Some.StartsWith("write:ledger.jsonl#3").And.Some.StartsWith("write:index.json"));
    }

    [Test]
    public void Promote_killed_during_its_automatic_rollback_still_ends_with_the_previous_version_live()
    {
        // Arrange: sandbox rolls out by canary; 1.0.0 went live while healthy, then health turns bad for 1.0.1
        using var project = new TempProject();
        File.WriteAllText(project.Config, File.ReadAllText(project.Config).Replace("  - name: sandbox\n",
            "  - name: sandbox\n    strategy:\n      kind: canary\n      steps: [50, 100]\n      health:\n        source: health.json\n        thresholds: [\"error_rate <= 0.1\"]\n"));
        File.WriteAllText(project.Combine("health.json"), "{\"error_rate\": 0.01}");
        foreach (var artifact in new[] { "out/a", "out/b" })
        {
            File.AppendAllText(project.Combine("data.csv"), "9.000,1.000,a,1\n0.500,2.000,b,0\n");
            Train(project, artifact);
            Run("pack", "--config", project.Config, "--artifact", project.Combine(artifact));
        }

        Run("promote", "--config", project.Config, "-e", "sandbox", "--artifact", project.Combine("out/a"));
        File.WriteAllText(project.Combine("health.json"), "{\"error_rate\": 0.5}");

        // Act: the uninterrupted run fails its canary (exit 1) and restores 1.0.0; the reports' write points are the promote test's
        var points = KillMatrix.Check(project.Path, _ => ["promote", "-e", "sandbox", "--artifact", "out/b"], history: false, only: p => p.Contains("ledger", StringComparison.Ordinal));

        // Assert: killed around all six records: created, canary 50 %, failure, rollback created, in progress, success
        Assert.That(points, Has.Some.EqualTo("write:ledger.jsonl#6").And.Some.EqualTo("write:ledger.jsonl#4"));
    }

    [Test]
    public void Retire_killed_after_any_write_completes_on_re_run_with_no_empty_archive_file()
    {
        // Arrange
        using var project = new TempProject();
        var version = Train(project);
        Run("pack", "--config", project.Config);
        Run("promote", "--config", project.Config, "-e", "sandbox");

        // Act
        var points = KillMatrix.Check(project.Path, _ => ["retire", $"cli-model@{version}", "--reason", "leaky feature"]);

        // Assert
        Assert.That(points, Has.Some.StartsWith("write:retirement.json").And.Some.StartsWith("write:gate-report.sandbox.json"));
    }

    [Test]
    public void Pack_killed_after_any_write_converges_on_the_same_package_and_layout()
    {
        // Arrange
        using var project = new TempProject();
        Train(project);

        // Act
        var points = KillMatrix.Check(project.Path, _ => ["pack"]);

        // Assert
        Assert.That(points, Has.Some.StartsWith("write:cli-model.").And.Some.StartsWith("staged:blob").And.Some.StartsWith("pushed:manifest"));
    }

    [Test]
    public void Push_to_a_layout_killed_after_any_write_converges_on_the_same_layout()
    {
        // Arrange
        using var project = new TempProject();
        Train(project);

        // Act: the one-pass writer pack uses, into a layout pack does not know about
        var points = KillMatrix.Check(project.Path, _ => ["push", "--oci", "oci-layout:out/pushed", "--artifact", "out/model"]);

        // Assert
        Assert.That(points, Has.Some.StartsWith("staged:blob").And.Some.StartsWith("pushed:manifest"));
    }

    [Test]
    public void Push_killed_after_any_upload_converges_on_the_same_registry_content()
    {
        // Arrange: a real registry; every run pushes to its own repository
        using var registry = RegistryProcess.Start();
        using var project = new TempProject();
        var version = Train(project);
        string Repository(int run) => $"{registry.Host}/crash/run{run}";

        // Act
        var points = KillMatrix.Check(project.Path, run => ["push", "--oci", Repository(run), "--artifact", "out/model"], run => RegistryState(Repository(run), version));

        // Assert
        Assert.That(points, Has.Some.StartsWith("pushed:blob").And.Some.StartsWith("pushed:manifest"));
    }

    private static string SandboxTag(string repository)
    {
        using var store = OciLocation.OpenRegistry(repository);
        return store.GetManifestAsync("sandbox", CancellationToken.None).GetAwaiter().GetResult().Digest;
    }

    private static void Retag(string repository, string digest)
    {
        using var store = OciLocation.OpenRegistry(repository);
        OciTagger.TagAsync(store, digest, "sandbox").GetAwaiter().GetResult();
    }

    /// <summary>The manifest digest the version tag points at and whether every blob it references is there.</summary>
    private static string RegistryState(string repository, string version)
    {
        using var store = OciLocation.OpenRegistry(repository);
        var manifest = store.GetManifestAsync(OciTags.ForVersion(version), CancellationToken.None).GetAwaiter().GetResult();
        var parsed = OciManifestJson.Parse(manifest.Bytes, repository);
        var blobs = new[] { parsed.Config }.Concat(parsed.Layers).Select(b => $"{b.Digest[..19]}:{store.HasBlobAsync(b, CancellationToken.None).GetAwaiter().GetResult()}");
        return $"{manifest.Digest} {string.Join(' ', blobs)}";
    }
}
