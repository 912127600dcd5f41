using System.Text.Json;
using Tollgate.Core.Oci;

namespace Tollgate.Core.Tests.Oci;

public class OciArtifactBuilderTests() : TempWorkFixture("tg-oci")
{
    [Test]
    public void Same_artifact_gives_byte_identical_manifests()
    {
        // Arrange
        var a = TestArtifacts.Create(Path.Combine(Work, "a"));
        var b = TestArtifacts.Create(Path.Combine(Work, "b"));

        // Act
        var first = OciArtifactBuilder.Build(a, "https://example.com/repo.git");
        var second = OciArtifactBuilder.Build(b, "https://example.com/repo.git");

        // Assert
        Assert.That(second.ManifestBytes, Is.EqualTo(first.ManifestBytes));
        Assert.That(second.ManifestDigest, Is.EqualTo(first.ManifestDigest));
    }

    [Test]
    public void Manifest_is_a_modelpack_artifact_with_one_raw_layer_per_file_the_tollgate_manifest_layer_and_annotations()
    {
        // Arrange
        var dir = TestArtifacts.Create(Path.Combine(Work, "a"), files: [("model.zip", 1000, 1), ("extra/vocab.txt", 10, 2)]);

        // Act
        var artifact = OciArtifactBuilder.Build(dir, "https://example.com/repo.git");

        // Assert
        using var doc = JsonDocument.Parse(artifact.ManifestBytes);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("schemaVersion").GetInt32(), Is.EqualTo(2));
        Assert.That(root.GetProperty("mediaType").GetString(), Is.EqualTo(OciMediaTypes.ImageManifest));
        Assert.That(root.GetProperty("artifactType").GetString(), Is.EqualTo("application/vnd.cncf.model.manifest.v1+json"));
        Assert.That(root.GetProperty("config").GetProperty("mediaType").GetString(), Is.EqualTo("application/vnd.cncf.model.config.v1+json"));
        Assert.That(root.GetProperty("config").GetProperty("digest").GetString(), Is.EqualTo(OciDigest.Of(artifact.ConfigBytes)));
        var layers = root.GetProperty("layers").EnumerateArray().ToList();
        Assert.That(layers.Select(l => l.GetProperty("annotations").GetProperty("org.cncf.model.filepath").GetString()), Is.EqualTo(new[] { "extra/vocab.txt", "model.zip", "tollgate.model.json" }));
        Assert.That(layers.Select(l => l.GetProperty("annotations").GetProperty(OciMediaTypes.Title).GetString()), Is.EqualTo(new[] { "extra/vocab.txt", "model.zip", "tollgate.model.json" }));
        Assert.That(layers.Select(l => l.GetProperty("mediaType").GetString()), Is.EqualTo(new[] { "application/vnd.cncf.model.weight.v1.raw", "application/vnd.cncf.model.weight.v1.raw", "application/vnd.cncf.model.doc.v1.raw" }));
        Assert.That(layers[2].GetProperty("digest").GetString(), Is.EqualTo(OciDigest.Of(File.ReadAllBytes(Path.Combine(dir, "tollgate.model.json")))));
        var annotations = root.GetProperty("annotations");
        Assert.That(annotations.GetProperty(OciMediaTypes.Version).GetString(), Is.EqualTo("1.4.0"));
        Assert.That(annotations.GetProperty(OciMediaTypes.Revision).GetString(), Is.EqualTo("0123456789abcdef0123456789abcdef01234567"));
        Assert.That(annotations.GetProperty(OciMediaTypes.Source).GetString(), Is.EqualTo("https://example.com/repo.git"));
        Assert.That(annotations.GetProperty(OciMediaTypes.Created).GetString(), Is.EqualTo("2026-05-01T12:00:00Z"));
        Assert.That(annotations.GetProperty(OciMediaTypes.Description).GetString(), Is.EqualTo("Churn scorer"));
        Assert.That(annotations.GetProperty("dev.tollgate.model.digest").GetString(), Does.StartWith("sha256:"));
        Assert.That(annotations.GetProperty("dev.tollgate.model.metrics").GetString(), Is.EqualTo("{\"auc\":0.91}"));
    }

    [Test]
    public void Config_lists_the_layer_digests_in_layer_order_and_the_model_identity()
    {
        // Arrange
        var dir = TestArtifacts.Create(Path.Combine(Work, "a"), files: [("model.zip", 1000, 1), ("extra/vocab.txt", 10, 2)]);

        // Act
        var artifact = OciArtifactBuilder.Build(dir, "https://example.com/repo.git");

        // Assert
        using var config = JsonDocument.Parse(artifact.ConfigBytes);
        var diffIds = config.RootElement.GetProperty("modelfs").GetProperty("diffIds").EnumerateArray().Select(d => d.GetString());
        Assert.That(diffIds, Is.EqualTo(artifact.Layers.Select(l => l.Descriptor.Digest)));
        var descriptor = config.RootElement.GetProperty("descriptor");
        Assert.That(descriptor.GetProperty("name").GetString(), Is.EqualTo("churn"));
        Assert.That(descriptor.GetProperty("version").GetString(), Is.EqualTo("1.4.0"));
        Assert.That(descriptor.GetProperty("licenses")[0].GetString(), Is.EqualTo("MIT"));
        Assert.That(config.RootElement.GetProperty("config").GetProperty("format").GetString(), Is.EqualTo("ml.net"));
    }

    [Test]
    public void Version_build_metadata_becomes_an_underscore_in_the_tag()
    {
        // Arrange
        var dir = TestArtifacts.Create(Path.Combine(Work, "a"), version: "1.4.0+sha.0badc0de");

        // Act
        var artifact = OciArtifactBuilder.Build(dir);

        // Assert
        Assert.That(artifact.VersionTag, Is.EqualTo("1.4.0_sha.0badc0de"));
    }

    [Test]
    public void Refuses_an_artifact_whose_model_file_was_changed()
    {
        // Arrange
        var dir = TestArtifacts.Create(Path.Combine(Work, "a"));
        var bytes = File.ReadAllBytes(Path.Combine(dir, "model.zip"));
        bytes[0] ^= 1;
        File.WriteAllBytes(Path.Combine(dir, "model.zip"), bytes);

        // Act
        var error = Assert.Throws<TollgateException>(() => OciArtifactBuilder.Build(dir));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.DigestMismatch));
        Assert.That(error.Message, Does.Contain("model.zip"));
    }
}
