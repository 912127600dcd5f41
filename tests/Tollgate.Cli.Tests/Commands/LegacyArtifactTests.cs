using Tollgate.Core.Artifacts;

namespace Tollgate.Cli.Tests.Commands;

/// <summary>
/// <c>fetch</c> reads what an earlier Tollgate wrote (Fixtures/legacy-482b0e4: a real layout and package made by the CLI
/// of commit 482b0e4, whose digest covered only the files; see its README): every file is verified under that format,
/// fetch says the artifact is legacy, and a decision on its recorded metrics is refused instead of trusted.
/// </summary>
[NonParallelizable]
public class LegacyArtifactTests
{
    private const string ManifestDigest = "sha256:0ed40f9c198dd7f21eaf3aea26a5ac39d80188ba539c38434d35adbecf98768e";
    private const string ContentDigest = "sha256:8742b95bc348da6d28add66723cb2348a9a33d1cdd1f0e1f29ceba9b0699f3f6";

    private static string Fixture => Path.Combine(AppContext.BaseDirectory, "Fixtures", "legacy-482b0e4");

    private static TempProject LegacyProject()
    {
        var project = new TempProject();
        File.WriteAllText(project.Config, File.ReadAllText(project.Config).Replace("cli-model", "legacy-model", StringComparison.Ordinal));
        CopyTree(Path.Combine(Fixture, "oci"), project.Combine("old-oci")); // a private copy: the fixture is never written
        Directory.CreateDirectory(project.Combine("old-feed"));
        File.Copy(Path.Combine(Fixture, "legacy-model.1.0.0.nupkg"), project.Combine("old-feed/legacy-model.1.0.0.nupkg"));
        return project;
    }

    [Test]
    public void Fetch_from_an_earlier_tollgates_layout_verifies_the_files_and_says_it_is_legacy()
    {
        // Arrange
        using var project = LegacyProject();

        // Act
        var fetch = CliHarness.Run("fetch", $"legacy-model@{ManifestDigest}", "--from", "oci-layout:" + project.Combine("old-oci"), "--output", project.Combine("out/model"));
        var manifest = ManifestStore.Read(project.Combine("out/model"));

        // Assert
        Assert.That(fetch.ExitCode, Is.EqualTo(0), fetch.Err);
        Assert.That(fetch.Out, Does.Contain("legacy:").And.Contain("digest format 1").And.Contain("TOLLGATE1881"));
        Assert.That(manifest.Digest, Is.EqualTo(ContentDigest));
        Assert.That(manifest.LegacyDigest, Is.True);
        Assert.That(manifest.DigestFormat, Is.Null, "the earlier version wrote no digestFormat");
    }

    [Test]
    public void Fetch_from_an_earlier_tollgates_package_says_it_is_legacy()
    {
        // Arrange
        using var project = LegacyProject();

        // Act
        var fetch = CliHarness.Run("fetch", "legacy-model@1.0.0", "--from", "nuget:" + project.Combine("old-feed"), "--output", project.Combine("out/model"));

        // Assert
        Assert.That(fetch.ExitCode, Is.EqualTo(0), fetch.Err);
        Assert.That(fetch.Out, Does.Contain("legacy:").And.Contain(ContentDigest));
    }

    [Test]
    public void A_metric_gate_refuses_the_recorded_metrics_of_a_legacy_artifact_with_its_own_code()
    {
        // Arrange
        using var project = LegacyProject();
        var fetch = CliHarness.Run("fetch", $"legacy-model@{ManifestDigest}", "--from", "oci-layout:" + project.Combine("old-oci"), "--output", project.Combine("out/model"));

        // Act
        var validate = CliHarness.Run("validate", "-e", "staging", "--config", project.Config);

        // Assert
        Assert.That(fetch.ExitCode, Is.EqualTo(0), fetch.Err);
        Assert.That(validate.ExitCode, Is.EqualTo(2), validate.Out + validate.Err);
        Assert.That(validate.Err, Does.Contain("TOLLGATE1881").And.Contain("legacy artifact").And.Contain("auc"));
        Assert.That(validate.Err, Does.Contain("tollgate train"), "the message says how to get trusted metrics");
    }

    [Test]
    public void One_changed_byte_in_a_legacy_layer_fails_the_fetch_and_writes_nothing()
    {
        // Arrange
        using var project = LegacyProject();
        var blob = Path.Combine(project.Combine("old-oci"), "blobs", "sha256", "916b9a7756050510c5e23d0f8c0fb8b1cd77ec51ebd8eb7a68292f1ccb78a5a3");
        TrustProject.FlipByte(blob);

        // Act
        var fetch = CliHarness.Run("fetch", $"legacy-model@{ManifestDigest}", "--from", "oci-layout:" + project.Combine("old-oci"), "--output", project.Combine("out/model"));

        // Assert
        Assert.That(fetch.ExitCode, Is.Not.EqualTo(0));
        Assert.That(fetch.Err, Does.Contain("TOLLGATE0102").And.Contain("model.zip"), "the old layout is verified blob by blob like the new one");
        Assert.That(Directory.Exists(project.Combine("out/model")), Is.False);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
