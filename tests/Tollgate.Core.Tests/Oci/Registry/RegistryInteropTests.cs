using System.Text.Json;
using Tollgate.Core.Oci;
using Tollgate.Core.Oci.Registry;

namespace Tollgate.Core.Tests.Oci.Registry;

/// <summary>Tollgate against the real docker-registry (Distribution 2.8) and skopeo, all on 127.0.0.1.</summary>
[TestFixture]
[NonParallelizable]
public class RegistryInteropTests() : RegistryTestBase(requireSkopeo: true)
{
    [Test]
    public async Task Pushed_artifact_is_read_by_skopeo_inspect_raw_and_copied_by_skopeo_copy()
    {
        // Arrange
        var artifact = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "a")));
        using var store = Store("models/churn");

        // Act
        var pushed = await OciPusher.PushAsync(artifact, store);
        var raw = RealTools.Skopeo("inspect", "--raw", "--tls-verify=false", $"docker://{Registry.Host}/models/churn:1.4.0");
        RealTools.Skopeo("copy", "--preserve-digests", "--src-tls-verify=false", $"docker://{Registry.Host}/models/churn:1.4.0", $"oci:{Work}/copied:1.4.0");

        // Assert
        Assert.That(raw.TrimEnd('\n'), Is.EqualTo(System.Text.Encoding.UTF8.GetString(artifact.ManifestBytes)));
        Assert.That(pushed.Digest, Is.EqualTo(artifact.ManifestDigest));
        using var doc = JsonDocument.Parse(raw);
        Assert.That(doc.RootElement.GetProperty("artifactType").GetString(), Is.EqualTo(OciMediaTypes.ModelArtifact));
        var fetched = await OciFetcher.FetchAsync(new OciLayout(Path.Combine(Work, "copied")), "1.4.0", Path.Combine(Work, "out"));
        Assert.That(fetched.Digest, Is.EqualTo(artifact.ManifestDigest));
        Assert.That(File.ReadAllBytes(Path.Combine(Work, "out", "model.zip")), Is.EqualTo(File.ReadAllBytes(Path.Combine(Work, "a", "model.zip"))));
    }

    [Test]
    public async Task Layout_written_by_tollgate_is_copied_into_the_registry_by_skopeo_and_pulled_back_with_matching_digests()
    {
        // Arrange
        var layout = Path.Combine(Work, "layout");
        var published = await OciLayoutPublisher.PublishAsync(TestArtifacts.Create(Path.Combine(Work, "a"), files: [("model.zip", 200_000, 3), ("extra/vocab.txt", 1000, 4)]), layout);

        // Act
        RealTools.Skopeo("copy", "--preserve-digests", "--dest-tls-verify=false", $"oci:{layout}:1.4.0", $"docker://{Registry.Host}/models/churn:1.4.0");
        using var store = Store("models/churn");
        var fetched = await OciFetcher.FetchAsync(store, "1.4.0", Path.Combine(Work, "out"), "churn");

        // Assert
        Assert.That(fetched.Digest, Is.EqualTo(published.Digest));
        Assert.That(File.ReadAllBytes(Path.Combine(Work, "out", "extra", "vocab.txt")), Is.EqualTo(File.ReadAllBytes(Path.Combine(Work, "a", "extra", "vocab.txt"))));
    }

    [Test]
    public async Task Modelpack_artifact_copied_layout_to_registry_and_back_by_skopeo_keeps_digests_and_stays_recognisable()
    {
        // Arrange
        var layout = Path.Combine(Work, "layout");
        var published = await OciLayoutPublisher.PublishAsync(TestArtifacts.Create(Path.Combine(Work, "a"), files: [("model.zip", 50_000, 5), ("README.md", 100, 6)]), layout);

        // Act
        RealTools.Skopeo("copy", "--preserve-digests", "--dest-tls-verify=false", $"oci:{layout}:1.4.0", $"docker://{Registry.Host}/models/churn:1.4.0");
        var raw = RealTools.Skopeo("inspect", "--raw", "--tls-verify=false", $"docker://{Registry.Host}/models/churn:1.4.0").TrimEnd('\n');
        var config = RealTools.Skopeo("inspect", "--raw", "--config", "--tls-verify=false", $"docker://{Registry.Host}/models/churn:1.4.0").TrimEnd('\n');
        RealTools.Skopeo("copy", "--preserve-digests", "--src-tls-verify=false", $"docker://{Registry.Host}/models/churn:1.4.0", $"oci:{Work}/back:1.4.0");
        var back = await OciFetcher.FetchAsync(new OciLayout(Path.Combine(Work, "back")), "1.4.0", Path.Combine(Work, "out"), "churn");

        // Assert
        Assert.That(OciDigest.Of(System.Text.Encoding.UTF8.GetBytes(raw)), Is.EqualTo(published.Digest));
        Assert.That(ModelPackRecognition.Problems(System.Text.Encoding.UTF8.GetBytes(raw), System.Text.Encoding.UTF8.GetBytes(config)), Is.Empty);
        Assert.That(back.Digest, Is.EqualTo(published.Digest));
        Assert.That(File.ReadAllBytes(Path.Combine(Work, "out", "README.md")), Is.EqualTo(File.ReadAllBytes(Path.Combine(Work, "a", "README.md"))));
    }

    [Test]
    public async Task Re_push_of_an_unchanged_artifact_uploads_no_blobs()
    {
        // Arrange
        var artifact = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "a")));
        using var store = Store("models/churn");
        var first = await OciPusher.PushAsync(artifact, store);

        // Act
        var second = await OciPusher.PushAsync(artifact, store);

        // Assert
        Assert.That(first.UploadedBlobs, Has.Count.EqualTo(3));
        Assert.That(second.UploadedBlobs, Is.Empty);
        Assert.That(second.SkippedBlobs, Has.Count.EqualTo(3));
        Assert.That(second.Digest, Is.EqualTo(first.Digest));
    }

    [Test]
    public async Task Chunked_upload_round_trips_a_blob_larger_than_the_monolithic_limit()
    {
        // Arrange
        var artifact = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "a"), files: [("model.zip", 3_500_000, 7)]));
        using var store = Store("models/churn", new RegistryOptions { MonolithicLimit = 1 << 20, ChunkSize = 1 << 20 });

        // Act
        await OciPusher.PushAsync(artifact, store);
        var fetched = await OciFetcher.FetchAsync(store, artifact.ManifestDigest, Path.Combine(Work, "out"));

        // Assert
        Assert.That(fetched.Digest, Is.EqualTo(artifact.ManifestDigest));
        Assert.That(new FileInfo(Path.Combine(Work, "out", "model.zip")).Length, Is.EqualTo(3_500_000));
    }

    [Test]
    public async Task Cross_repository_mount_sends_no_blob_bytes()
    {
        // Arrange
        var artifact = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "a")));
        using var source = Store("models/churn");
        await OciPusher.PushAsync(artifact, source);
        using var target = Store("team/churn", new RegistryOptions { MountFrom = "models/churn" });

        // Act
        var pushed = await OciPusher.PushAsync(artifact, target);

        // Assert
        Assert.That(pushed.UploadedBlobs, Is.Empty);
        Assert.That(pushed.MountedBlobs, Has.Count.EqualTo(3));
        Assert.That(RealTools.Skopeo("inspect", "--raw", "--tls-verify=false", $"docker://{Registry.Host}/team/churn:1.4.0").TrimEnd('\n'), Is.EqualTo(System.Text.Encoding.UTF8.GetString(artifact.ManifestBytes)));
    }

    [Test]
    public async Task Mount_from_a_repository_without_the_blobs_falls_back_to_upload()
    {
        // Arrange
        var artifact = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "a")));
        using var target = Store("team/churn", new RegistryOptions { MountFrom = "empty/repo", RetryDelay = TimeSpan.FromMilliseconds(20) });

        // Act
        var pushed = await OciPusher.PushAsync(artifact, target);

        // Assert
        Assert.That(pushed.MountedBlobs, Is.Empty);
        Assert.That(pushed.UploadedBlobs, Has.Count.EqualTo(3));
        Assert.That((await target.GetManifestAsync("1.4.0", default)).Digest, Is.EqualTo(artifact.ManifestDigest));
    }

    [Test]
    public async Task Promotion_retags_the_same_digest_without_uploading()
    {
        // Arrange
        var artifact = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "a")));
        using var store = Store("models/churn");
        await OciPusher.PushAsync(artifact, store);

        // Act
        var staging = await OciTagger.TagAsync(store, artifact.ManifestDigest, "staging");
        var production = await OciTagger.TagAsync(store, staging.Digest, "production");

        // Assert
        Assert.That(production.Digest, Is.EqualTo(artifact.ManifestDigest));
        Assert.That((await store.GetManifestAsync("production", default)).Digest, Is.EqualTo(artifact.ManifestDigest));
        var tags = RealTools.Skopeo("list-tags", "--tls-verify=false", $"docker://{Registry.Host}/models/churn");
        Assert.That(tags, Does.Contain("\"staging\"").And.Contain("\"production\"").And.Contain("\"1.4.0\""));
    }

    [Test]
    public async Task Tampered_blob_in_the_registry_is_refused_and_nothing_is_written()
    {
        // Arrange
        var artifact = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "a")));
        using var store = Store("models/churn");
        await OciPusher.PushAsync(artifact, store);
        var layer = artifact.Layers[0].Descriptor;
        var data = Path.Combine(Registry.Storage, "docker", "registry", "v2", "blobs", "sha256", layer.Hex[..2], layer.Hex, "data");
        var bytes = File.ReadAllBytes(data);
        bytes[100] ^= 0xFF;
        File.WriteAllBytes(data, bytes);
        var output = Path.Combine(Work, "out");

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => OciFetcher.FetchAsync(store, "1.4.0", output));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.DigestMismatch));
        Assert.That(error.Message, Does.Contain("model.zip"));
        Assert.That(Directory.Exists(output), Is.False);
        Assert.That(Directory.EnumerateFileSystemEntries(Work).Select(Path.GetFileName), Is.EquivalentTo(new[] { "a" }));
    }

    [Test]
    public async Task Push_interrupted_mid_upload_completes_on_re_run_without_dangling_tags()
    {
        // Arrange: the registry is killed half-way through sending the big layer
        var artifact = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "a"), files: [("a.bin", 100_000, 1), ("b.bin", 6_000_000, 2)]));
        var big = artifact.Layers.Single(l => l.Descriptor.Title == "b.bin").Descriptor;
        var options = new RegistryOptions { MonolithicLimit = 1 << 20, ChunkSize = 1 << 19, MaxAttempts = 2, RetryDelay = TimeSpan.FromMilliseconds(20) };
        using var store = Store("models/churn", options);
        var interrupting = new InterruptingStore(store, big.Digest, Registry.Kill);

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => OciPusher.PushAsync(artifact, interrupting));
        Registry.Restart();
        var tagged = RealTools.Run("skopeo", "list-tags", "--tls-verify=false", $"docker://{Registry.Host}/models/churn");
        var rerun = await OciPusher.PushAsync(artifact, store);

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.OciRegistryFailed));
        Assert.That(tagged.Stdout, Does.Not.Contain("1.4.0"), "no tag may exist after the interrupted push");
        Assert.That(rerun.SkippedBlobs, Has.Count.EqualTo(2), "config and a.bin were stored before the kill");
        Assert.That(rerun.UploadedBlobs, Is.EqualTo(new[] { big.Digest, artifact.Layers[^1].Descriptor.Digest }), "b.bin and tollgate.model.json (pushed last) were not");
        Assert.That(rerun.Tags, Is.EqualTo(new[] { "1.4.0" }));
        var fetched = await OciFetcher.FetchAsync(store, "1.4.0", Path.Combine(Work, "out"));
        Assert.That(fetched.Digest, Is.EqualTo(artifact.ManifestDigest));
    }

    [Test]
    public async Task Missing_tag_is_a_clear_not_found_error()
    {
        // Arrange
        using var store = Store("models/churn");

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => OciFetcher.FetchAsync(store, "9.9.9", Path.Combine(Work, "out")));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.OciNotFound));
        Assert.That(error.Message, Does.Contain("404").And.Contain("9.9.9"));
    }

    private RegistryStore Store(string repository, RegistryOptions? options = null) =>
        new(RegistryReference.Parse($"{Registry.Host}/{repository}"), options ?? new RegistryOptions { Credentials = null, RetryDelay = TimeSpan.FromMilliseconds(20) });
}
