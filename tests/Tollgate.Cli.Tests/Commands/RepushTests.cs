using Tollgate.Cli.Tests.Crash;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Tests.Oci;

namespace Tollgate.Cli.Tests.Commands;

/// <summary>
/// <c>push --oci</c> of an unchanged artifact to the real docker-registry: nothing uploaded and no model byte read (the
/// digests come from the verified cache); a model edited in place with its mtime restored is re-hashed and refused.
/// </summary>
[NonParallelizable] // sets TOLLGATE_CACHE_DIR and counts this process's read bytes
public class RepushTests
{
    private const int ModelSize = 32 << 20;
    private string work = null!;

    [SetUp]
    public void SetUp()
    {
        Assume.That(OperatingSystem.IsLinux(), "the digest cache keys on statx identities (Linux)");
        work = TestArtifacts.TempDir("tg-cli-repush");
        Environment.SetEnvironmentVariable(FileDigestCache.DirectoryVariable, Path.Combine(work, "cache"));
    }

    [TearDown]
    public void TearDown()
    {
        Environment.SetEnvironmentVariable(FileDigestCache.DirectoryVariable, null);
        Directory.Delete(work, recursive: true);
    }

    [Test]
    public void Re_push_of_an_unchanged_artifact_uploads_nothing_not_even_the_manifest_and_reads_no_model_byte()
    {
        // Arrange
        using var registry = RegistryProcess.Start();
        var artifact = Artifact();
        var repo = $"{registry.Host}/models/churn";
        var first = CliHarness.Run("push", "--oci", repo, "--artifact", artifact, "--json");
        var tagLink = Path.Combine(registry.Storage, "docker", "registry", "v2", "repositories", "models", "churn", "_manifests", "tags", "1.4.0", "current", "link");
        var tagWritten = File.GetLastWriteTimeUtc(tagLink);
        Thread.Sleep(50);
        var before = ProcessIo.Now();

        // Act
        var again = CliHarness.Run("push", "--oci", repo, "--artifact", artifact, "--json");
        var io = ProcessIo.Now() - before;

        // Assert
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Err);
        Assert.That(again.ExitCode, Is.EqualTo(0), again.Err);
        var result = JsonDocument.Parse(again.Out).RootElement;
        Assert.That(result.GetProperty("uploadedBlobs").GetArrayLength(), Is.EqualTo(0));
        Assert.That(result.GetProperty("digest").GetString(), Is.EqualTo(JsonDocument.Parse(first.Out).RootElement.GetProperty("digest").GetString()));
        Assert.That(io.ReadBytes, Is.LessThan(ModelSize / 8), "bytes read by the re-push (the model is 32 MiB)");
        Assert.That(File.GetLastWriteTimeUtc(tagLink), Is.EqualTo(tagWritten), "the registry rewrote the tag: the manifest was PUT again");
    }

    [Test]
    public void A_model_edited_in_place_with_its_mtime_restored_is_re_hashed_and_refused()
    {
        // Arrange
        using var registry = RegistryProcess.Start();
        var artifact = Artifact();
        var repo = $"{registry.Host}/models/churn";
        var first = CliHarness.Run("push", "--oci", repo, "--artifact", artifact);
        var model = Path.Combine(artifact, "model.zip");
        var mtime = File.GetLastWriteTimeUtc(model);
        using (var file = new FileStream(model, FileMode.Open, FileAccess.Write))
        {
            file.Position = ModelSize / 2;
            file.WriteByte(0x5a);
            file.WriteByte(0xa5);
        }

        File.SetLastWriteTimeUtc(model, mtime);

        // Act
        var again = CliHarness.Run("push", "--oci", repo, "--artifact", artifact);

        // Assert
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Err);
        Assert.That(again.ExitCode, Is.EqualTo(2));
        Assert.That(again.Err, Does.Contain(ErrorCodes.DigestMismatch).And.Contain("'model.zip'"));
    }

    [Test]
    public void Re_push_as_a_process_loads_no_YAML_ML_NuGet_or_Octokit_assembly_and_records_the_publication()
    {
        // Arrange: a project with tollgate.yml, pushed once
        using var registry = RegistryProcess.Start();
        var artifact = Artifact();
        File.WriteAllText(Path.Combine(work, "tollgate.yml"), "model:\n  name: churn\n");
        var repo = $"oci://{registry.Host}/models/churn";
        var trace = new Dictionary<string, string> { [StartupTrace.Variable] = "1", [StartupTrace.Variable + "_ASSEMBLIES"] = "1" };
        var first = CliProcess.Run(work, null, "push", "--oci", repo, "--artifact", artifact);

        // Act
        var again = CliProcess.Run(work, trace, "push", "--oci", repo, "--artifact", artifact);

        // Assert
        Assert.That(first.ExitCode, Is.EqualTo(0), first.ToString());
        Assert.That(again.ExitCode, Is.EqualTo(0), again.ToString());
        var loaded = again.Err.Split('\n').Where(l => l.StartsWith("trace: loaded ", StringComparison.Ordinal)).Select(l => l["trace: loaded ".Length..].Trim()).ToList();
        Assert.That(loaded, Does.Contain("Tollgate.Core").And.Contain("System.Net.Http"), again.Err);
        Assert.That(loaded.Where(a => a.StartsWith("YamlDotNet", StringComparison.Ordinal) || a.StartsWith("Microsoft.ML", StringComparison.Ordinal)
            || a.StartsWith("NuGet.", StringComparison.Ordinal) || a.StartsWith("Octokit", StringComparison.Ordinal) || a.StartsWith("MathNet", StringComparison.Ordinal)), Is.Empty);
        var digest = ManifestStore.Read(artifact, verifyFiles: false).Digest;
        var recorded = File.ReadAllText(Path.Combine(work, ".tollgate", "published", digest["sha256:".Length..] + ".json"));
        Assert.That(recorded, Does.Contain($"{repo}@sha256:"));
    }

    /// <summary>An artifact old enough (past the racy window) for the first push to record its digests.</summary>
    private string Artifact()
    {
        var dir = TestArtifacts.Create(Path.Combine(work, "a"), files: [("model.zip", ModelSize, 1)]);
        Thread.Sleep(FileDigestCache.RacyWindow + TimeSpan.FromMilliseconds(200));
        return dir;
    }
}
