using Tollgate.Core.Oci;
using Tollgate.Core.Oci.Registry;
using Tollgate.Core.Tests.Oci.Registry;

namespace Tollgate.Core.Tests.Oci;

/// <summary>
/// The round trips of a re-push, counted by a pass-through proxy in front of the real docker-registry: a tag that already
/// names the manifest ends the push after one HEAD; anything else still checks every blob and sends what is missing.
/// </summary>
[TestFixture]
[NonParallelizable]
public class OciPusherTests() : RegistryTestBase(requireSkopeo: false)
{
    private static readonly string[] Methods = ["HEAD", "GET", "POST", "PATCH", "PUT", "DELETE"];

    [Test]
    public async Task Re_push_whose_tag_names_the_manifest_sends_one_HEAD_and_nothing_else()
    {
        // Arrange
        var artifact = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "a")));
        using (var direct = Store(Registry.Host))
        {
            await OciPusher.PushAsync(artifact, direct);
        }

        using var proxy = new FaultInjectingProxy(Registry.Host);
        using var store = Store(proxy.Host);

        // Act
        var again = await OciPusher.PushAsync(artifact, store);

        // Assert
        Assert.That(Methods.Sum(proxy.Requests), Is.EqualTo(1), "requests sent by the re-push");
        Assert.That(proxy.Requests("HEAD"), Is.EqualTo(1));
        Assert.That(again.UploadedBlobs, Is.Empty);
        Assert.That(again.SkippedBlobs, Has.Count.EqualTo(3), "all blobs are reported present, as the manifest proves");
        Assert.That(again.Digest, Is.EqualTo(artifact.ManifestDigest));
    }

    [Test]
    public async Task Re_push_with_a_new_tag_checks_every_blob_and_puts_only_the_new_tag()
    {
        // Arrange
        var artifact = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "a")));
        using (var direct = Store(Registry.Host))
        {
            await OciPusher.PushAsync(artifact, direct);
        }

        using var proxy = new FaultInjectingProxy(Registry.Host);
        using var store = Store(proxy.Host);

        // Act
        var again = await OciPusher.PushAsync(artifact, store, ["staging"]);

        // Assert
        Assert.That(proxy.Requests("HEAD"), Is.EqualTo(2 + 3), "two tags, then three blobs");
        Assert.That(proxy.Requests("PUT"), Is.EqualTo(1), "only the manifest under the new tag");
        Assert.That(proxy.Requests("POST") + proxy.Requests("PATCH"), Is.Zero, "no blob upload");
        Assert.That(again.Tags, Is.EqualTo(new[] { "1.4.0", "staging" }));
        Assert.That((await store.GetManifestAsync("staging", default)).Digest, Is.EqualTo(artifact.ManifestDigest));
    }

    [Test]
    public async Task A_tag_naming_another_manifest_is_moved_after_the_missing_blobs_are_uploaded()
    {
        // Arrange: the same version tag, pushed first from different bytes
        var old = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "old"), files: [("model.zip", 4096, 1)]));
        var current = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "new"), files: [("model.zip", 4096, 2)]));
        using var store = Store(Registry.Host);
        await OciPusher.PushAsync(old, store);

        // Act
        var pushed = await OciPusher.PushAsync(current, store);

        // Assert
        Assert.That(pushed.UploadedBlobs, Is.Not.Empty);
        Assert.That((await store.GetManifestAsync("1.4.0", default)).Digest, Is.EqualTo(current.ManifestDigest));
    }

    [Test]
    public async Task Re_push_to_a_layout_that_lost_a_blob_puts_it_back()
    {
        // Arrange
        var artifact = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "a")));
        var layout = new OciLayout(Path.Combine(Work, "layout"));
        await OciPusher.PushAsync(artifact, layout);
        var lost = artifact.Layers[0].Descriptor;
        File.Delete(layout.BlobPath(lost.Digest));

        // Act
        var again = await OciPusher.PushAsync(artifact, layout);

        // Assert
        Assert.That(again.UploadedBlobs, Is.EqualTo(new[] { lost.Digest }));
        Assert.That(Tollgate.Core.Util.Hashing.Digest(Tollgate.Core.Util.Hashing.Sha256File(layout.BlobPath(lost.Digest))), Is.EqualTo(lost.Digest));
    }

    [Test]
    public async Task Re_push_to_a_complete_layout_rewrites_nothing()
    {
        // Arrange
        var artifact = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "a")));
        var layout = new OciLayout(Path.Combine(Work, "layout"));
        await OciPusher.PushAsync(artifact, layout);
        var index = Path.Combine(layout.Root, "index.json");
        var written = File.GetLastWriteTimeUtc(index);

        // Act
        var again = await OciPusher.PushAsync(artifact, layout);

        // Assert
        Assert.That(again.UploadedBlobs, Is.Empty);
        Assert.That(await layout.ResolveTagAsync("1.4.0", default), Is.EqualTo(artifact.ManifestDigest));
        Assert.That(File.GetLastWriteTimeUtc(index), Is.EqualTo(written));
    }

    private static RegistryStore Store(string host) => new(RegistryReference.Parse($"{host}/models/churn"));
}
