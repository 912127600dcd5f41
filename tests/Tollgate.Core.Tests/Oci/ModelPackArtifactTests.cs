using System.Text.Json;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Oci;

namespace Tollgate.Core.Tests.Oci;

/// <summary>Every artifact Tollgate writes is a ModelPack artifact; fetch still reads what earlier versions wrote.</summary>
public class ModelPackArtifactTests() : TempWorkFixture("tg-oci")
{
    private static IEnumerable<TestCaseData> Shapes()
    {
        yield return new TestCaseData((object)new[] { ("model.zip", 5000, 1) }).SetName("Single_model_file_is_recognised_as_modelpack");
        yield return new TestCaseData((object)new[] { ("model.zip", 5000, 1), ("extra/vocab.txt", 50, 2), ("README.md", 20, 3) }).SetName("Nested_files_and_docs_are_recognised_as_modelpack");
    }

    [TestCaseSource(nameof(Shapes))]
    public async Task Artifact_written_to_a_layout_passes_the_modelpack_recognition_rules((string Path, int Size, int Seed)[] files)
    {
        // Arrange
        var layout = new OciLayout(Path.Combine(Work, "layout"));

        // Act
        var pushed = await OciLayoutPublisher.PublishAsync(TestArtifacts.Create(Path.Combine(Work, "a"), files: files), layout.Root, source: "https://example.com/repo.git");

        // Assert: read back what is on disk, not what the builder returned
        var manifestBytes = File.ReadAllBytes(layout.BlobPath(pushed.Digest));
        using var manifest = JsonDocument.Parse(manifestBytes);
        var configBytes = File.ReadAllBytes(layout.BlobPath(manifest.RootElement.GetProperty("config").GetProperty("digest").GetString()!));
        Assert.That(ModelPackRecognition.Problems(manifestBytes, configBytes), Is.Empty);
        Assert.That(manifest.RootElement.GetProperty("layers").GetArrayLength(), Is.EqualTo(files.Length + 1), "one layer per file plus tollgate.model.json");
    }

    [Test]
    public void Recognition_rules_refuse_an_artifact_in_the_earlier_tollgate_format()
    {
        // Arrange: the fixture was written by Tollgate before it adopted ModelPack
        var layout = new OciLayout(LegacyLayout());
        var index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(layout.Root, "index.json")));
        var digest = index.RootElement.GetProperty("manifests")[0].GetProperty("digest").GetString()!;
        var manifestBytes = File.ReadAllBytes(layout.BlobPath(digest));
        var configDigest = JsonDocument.Parse(manifestBytes).RootElement.GetProperty("config").GetProperty("digest").GetString()!;

        // Act
        var problems = ModelPackRecognition.Problems(manifestBytes, File.ReadAllBytes(layout.BlobPath(configDigest)));

        // Assert: the rules are not vacuous
        Assert.That(problems, Has.Some.Contains("nor config media type").And.Some.Contains("is ModelPack"));
        Assert.That(problems, Has.Some.Contains("not a model-spec type"));
        Assert.That(problems, Has.Some.Contains("config: $: missing required property 'modelfs'"));
    }

    [Test]
    public async Task Fetch_reads_the_format_an_earlier_tollgate_wrote_and_marks_its_files_only_digest_legacy()
    {
        // Arrange: a layout written before ModelPack (Tollgate media types) and before the digest covered the manifest's
        // metrics, schema and card (issue 10): its files are verified under the files-only digest, its metrics are not trusted.
        var layout = new OciLayout(LegacyLayout());

        // Act
        var result = await OciFetcher.FetchAsync(layout, "1.4.0", Path.Combine(Work, "out"), "churn");
        var manifest = ManifestStore.Read(Path.Combine(Work, "out"));

        // Assert
        Assert.That(result.Legacy, Is.True);
        Assert.That(manifest.LegacyDigest, Is.True);
        Assert.That(result.ContentDigest, Is.EqualTo(ContentDigest.FilesOnly(manifest.Files)));
        Assert.That(File.ReadAllBytes(Path.Combine(Work, "out", "model.zip")), Has.Length.EqualTo(2048));
    }

    [Test]
    public async Task Fetch_of_the_earlier_format_with_one_changed_layer_byte_writes_nothing()
    {
        // Arrange: the legacy path verifies every blob like the current one
        var root = LegacyLayout();
        var blob = Path.Combine(root, "blobs", "sha256", "1b23c8e8396d202d921ba839a17155e0380e408612c93643ab63db8538423f9d");
        var bytes = File.ReadAllBytes(blob);
        bytes[100] ^= 0x01;
        File.WriteAllBytes(blob, bytes);

        // Act
        var ex = await Assert.ThrowsAsync<TollgateException>(() => OciFetcher.FetchAsync(new OciLayout(root), "1.4.0", Path.Combine(Work, "out"), "churn"));

        // Assert
        Assert.That(ex!.Code, Is.Not.EqualTo(ErrorCodes.UnexpectedFailure), ex.Message);
        Assert.That(Directory.Exists(Path.Combine(Work, "out")) && Directory.EnumerateFileSystemEntries(Path.Combine(Work, "out")).Any(), Is.False, "nothing is written on a refusal");
    }

    [Test]
    public async Task Fetched_modelpack_artifact_is_byte_identical_to_the_source_folder()
    {
        // Arrange
        var source = TestArtifacts.Create(Path.Combine(Work, "a"), files: [("model.zip", 5000, 1), ("extra/vocab.txt", 50, 2)]);
        var layout = new OciLayout(Path.Combine(Work, "layout"));
        await OciLayoutPublisher.PublishAsync(source, layout.Root);

        // Act
        await OciFetcher.FetchAsync(layout, "1.4.0", Path.Combine(Work, "out"));

        // Assert
        foreach (var file in new[] { "model.zip", "extra/vocab.txt", "tollgate.model.json" })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(Work, "out", file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(source, file))), file);
        }
    }

    /// <summary>A private copy of the fixture: fetch and tests must never write into the output folder's fixture.</summary>
    private string LegacyLayout()
    {
        var target = Path.Combine(Work, "legacy");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Oci", "Fixtures", "legacy-tollgate-v1-layout"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "Oci", "Fixtures", "legacy-tollgate-v1-layout"), file);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }

        return target;
    }
}
