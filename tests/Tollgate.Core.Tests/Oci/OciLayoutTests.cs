using System.Text;
using System.Text.Json;
using Tollgate.Core.Oci;

namespace Tollgate.Core.Tests.Oci;

public class OciLayoutTests() : TempWorkFixture("tg-oci")
{
    [Test]
    public async Task Published_layout_has_marker_index_tag_and_verified_blobs()
    {
        // Arrange
        var layout = Path.Combine(Work, "layout");

        // Act
        var result = await OciLayoutPublisher.PublishAsync(TestArtifacts.Create(Path.Combine(Work, "a")), layout);

        // Assert
        Assert.That(File.ReadAllText(Path.Combine(layout, "oci-layout")), Is.EqualTo("{\"imageLayoutVersion\":\"1.0.0\"}"));
        using var index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(layout, "index.json")));
        var entry = index.RootElement.GetProperty("manifests").EnumerateArray().Single();
        Assert.That(entry.GetProperty("digest").GetString(), Is.EqualTo(result.Digest));
        Assert.That(entry.GetProperty("annotations").GetProperty(OciMediaTypes.RefName).GetString(), Is.EqualTo("1.4.0"));
        Assert.That(entry.GetProperty("artifactType").GetString(), Is.EqualTo(OciMediaTypes.ModelArtifact));
        foreach (var blob in Directory.EnumerateFiles(Path.Combine(layout, "blobs", "sha256")))
        {
            Assert.That(Tollgate.Core.Util.Hashing.Sha256File(blob), Is.EqualTo(Path.GetFileName(blob)));
        }
    }

    [Test]
    public async Task Fetch_from_layout_restores_the_artifact_by_tag_and_by_digest()
    {
        // Arrange
        var source = TestArtifacts.Create(Path.Combine(Work, "a"));
        var layout = new OciLayout(Path.Combine(Work, "layout"));
        var pushed = await OciLayoutPublisher.PublishAsync(source, layout.Root);

        // Act
        var byTag = await OciFetcher.FetchAsync(layout, "1.4.0", Path.Combine(Work, "t"), "churn");
        var byDigest = await OciFetcher.FetchAsync(layout, pushed.Digest, Path.Combine(Work, "d"));

        // Assert
        Assert.That(byTag.Digest, Is.EqualTo(pushed.Digest));
        Assert.That(byDigest.ContentDigest, Is.EqualTo(byTag.ContentDigest));
        Assert.That(File.ReadAllBytes(Path.Combine(Work, "d", "tollgate.model.json")), Is.EqualTo(File.ReadAllBytes(Path.Combine(source, "tollgate.model.json"))));
    }

    [Test]
    public async Task Tampered_blob_in_a_layout_is_refused_naming_the_file_and_nothing_is_written()
    {
        // Arrange
        var layout = new OciLayout(Path.Combine(Work, "layout"));
        var artifact = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "a")));
        await OciPusher.PushAsync(artifact, layout);
        var blob = layout.BlobPath(artifact.Layers[0].Descriptor.Digest);
        var bytes = File.ReadAllBytes(blob);
        bytes[^1] ^= 0x01;
        File.WriteAllBytes(blob, bytes);

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => OciFetcher.FetchAsync(layout, "1.4.0", Path.Combine(Work, "out")));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.DigestMismatch));
        Assert.That(error.Message, Does.Contain("'model.zip'"));
        Assert.That(Directory.EnumerateFileSystemEntries(Work).Select(Path.GetFileName), Is.EquivalentTo(new[] { "a", "layout" }));
    }

    [Test]
    public async Task Retagging_points_a_new_tag_at_the_same_digest_without_new_blobs()
    {
        // Arrange
        var layout = new OciLayout(Path.Combine(Work, "layout"));
        var pushed = await OciLayoutPublisher.PublishAsync(TestArtifacts.Create(Path.Combine(Work, "a")), layout.Root);
        var blobsBefore = Directory.GetFiles(Path.Combine(layout.Root, "blobs", "sha256")).Length;

        // Act
        await OciTagger.TagAsync(layout, pushed.Digest, "staging");
        var production = await OciTagger.TagAsync(layout, pushed.Digest, "production");
        await OciTagger.TagAsync(layout, pushed.Digest, "staging");

        // Assert
        Assert.That(production.Digest, Is.EqualTo(pushed.Digest));
        Assert.That(Directory.GetFiles(Path.Combine(layout.Root, "blobs", "sha256")), Has.Length.EqualTo(blobsBefore));
        using var index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(layout.Root, "index.json")));
        var tags = index.RootElement.GetProperty("manifests").EnumerateArray().Select(m => m.GetProperty("annotations").GetProperty(OciMediaTypes.RefName).GetString());
        Assert.That(tags, Is.EquivalentTo(new[] { "1.4.0", "production", "staging" }));
    }

    [TestCase("../evil.bin")]
    [TestCase("/etc/evil.bin")]
    [TestCase("sub/../../evil.bin")]
    [TestCase("C:/evil.bin")]
    public async Task Layer_titles_that_escape_the_output_folder_are_refused(string title)
    {
        // Arrange: a hand-made manifest whose layer title is hostile
        var layout = new OciLayout(Path.Combine(Work, "layout"));
        var artifact = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "a")));
        await OciPusher.PushAsync(artifact, layout);
        var layer = artifact.Layers[0].Descriptor with { Annotations = new Dictionary<string, string> { [OciMediaTypes.Title] = title } };
        var hostile = OciManifestJson.Write(OciMediaTypes.ModelArtifact, artifact.Config, [layer], new Dictionary<string, string>());
        await layout.PutManifestAsync(hostile, "evil", default);

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => OciFetcher.FetchAsync(layout, "evil", Path.Combine(Work, "out")));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.UnsafeArchiveEntry));
        Assert.That(error.Message, Does.Contain(title));
        Assert.That(File.Exists(Path.Combine(Work, "evil.bin")), Is.False);
        Assert.That(Directory.Exists(Path.Combine(Work, "out")), Is.False);
    }

    [Test]
    public async Task A_folder_without_oci_layout_is_not_a_layout()
    {
        // Arrange
        var layout = new OciLayout(Path.Combine(Work, "empty"));

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => layout.GetManifestAsync("1.4.0", default));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.OciLayoutInvalid));
    }

    [Test]
    public async Task Fetch_refuses_a_non_empty_output_folder()
    {
        // Arrange
        var layout = new OciLayout(Path.Combine(Work, "layout"));
        await OciLayoutPublisher.PublishAsync(TestArtifacts.Create(Path.Combine(Work, "a")), layout.Root);
        Directory.CreateDirectory(Path.Combine(Work, "out"));
        File.WriteAllText(Path.Combine(Work, "out", "keep.txt"), "mine", Encoding.UTF8);

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => OciFetcher.FetchAsync(layout, "1.4.0", Path.Combine(Work, "out")));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.OciOutputNotEmpty));
        Assert.That(Directory.GetFiles(Path.Combine(Work, "out")), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Tampered_manifest_in_a_layout_is_refused()
    {
        // Arrange
        var layout = new OciLayout(Path.Combine(Work, "layout"));
        var pushed = await OciLayoutPublisher.PublishAsync(TestArtifacts.Create(Path.Combine(Work, "a")), layout.Root);
        var path = layout.BlobPath(pushed.Digest);
        File.WriteAllText(path, File.ReadAllText(path).Replace("Churn scorer", "Churn scorex", StringComparison.Ordinal));

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => OciFetcher.FetchAsync(layout, "1.4.0", Path.Combine(Work, "out")));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.DigestMismatch));
        Assert.That(error.Message, Does.Contain(pushed.Digest));
        Assert.That(Directory.Exists(Path.Combine(Work, "out")), Is.False);
    }
}
