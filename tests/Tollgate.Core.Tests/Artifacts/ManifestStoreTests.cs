using Tollgate.Core.Artifacts;
using Tollgate.Core.Training;

namespace Tollgate.Core.Tests.Artifacts;

public class ManifestStoreTests
{
    private static string TrainedArtifact(TempDir dir)
    {
        var config = SampleProject.Create(dir);
        var output = Path.Combine(dir.Path, "model");
        new ModelTrainer(config).Train(output, _ => "1.0.0");
        return output;
    }

    [Test]
    public void Refuses_an_unknown_field_naming_its_path()
    {
        // Arrange
        using var dir = new TempDir();
        var artifact = TrainedArtifact(dir);
        var path = Path.Combine(artifact, ModelManifest.FileName);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"seed\":", "\"sede\": 1, \"seed\":"));

        // Act
        var ex = Assert.Throws<TollgateException>(() => ManifestStore.Read(artifact));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.ManifestInvalid));
        Assert.That(ex.Message, Does.Contain("$.lineage.sede: unknown property"));
    }

    [Test]
    public void Refuses_a_bad_digest_format_and_a_missing_field()
    {
        // Arrange
        using var dir = new TempDir();
        var artifact = TrainedArtifact(dir);
        var path = Path.Combine(artifact, ModelManifest.FileName);
        var text = File.ReadAllText(path);
        var digest = ManifestStore.Read(artifact).Digest;
        File.WriteAllText(path, text.Replace($"\"digest\": \"{digest}\",", "\"digest\": \"md5:1\",").Replace("\"framework\": \"ml.net\",", ""));

        // Act
        var ex = Assert.Throws<TollgateException>(() => ManifestStore.Read(artifact));

        // Assert
        Assert.That(ex!.Message, Does.Contain("$.digest").And.Contain("missing required property 'framework'"));
    }

    [Test]
    public void Refuses_an_extra_file_and_an_edited_manifest_digest()
    {
        // Arrange
        using var dir = new TempDir();
        var artifact = TrainedArtifact(dir);
        File.WriteAllText(Path.Combine(artifact, "extra.bin"), "x");

        // Act
        var ex = Assert.Throws<TollgateException>(() => ManifestStore.Read(artifact));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.DigestMismatch));
        Assert.That(ex.Message, Does.Contain("extra.bin"));
    }

    [Test]
    public void An_edited_file_size_is_named_as_a_size_mismatch_not_two_identical_digests()
    {
        // Arrange
        using var dir = new TempDir();
        var artifact = TrainedArtifact(dir);
        var path = Path.Combine(artifact, ModelManifest.FileName);
        var text = File.ReadAllText(path);
        var size = System.Text.RegularExpressions.Regex.Match(text, "\"size\": ?([0-9]+)");
        Assert.That(size.Success, Is.True, text);
        File.WriteAllText(path, text.Remove(size.Groups[1].Index, size.Groups[1].Length).Insert(size.Groups[1].Index, "1"));

        // Act
        var ex = Assert.Throws<TollgateException>(() => ManifestStore.Read(artifact));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.DigestMismatch));
        Assert.That(ex.Message, Does.StartWith("Size mismatch").And.Contain("manifest says 1 bytes"));
    }

    [Test]
    public void Refuses_text_that_is_not_json() =>
        Assert.That(Assert.Throws<TollgateException>(() => ManifestStore.Parse("{not json", "m.json"))!.Code, Is.EqualTo(ErrorCodes.ManifestInvalid));

    [Test]
    public void Refuses_a_hand_edited_metric_as_a_digest_mismatch()
    {
        // Arrange
        using var dir = new TempDir();
        var artifact = TrainedArtifact(dir);
        var path = Path.Combine(artifact, ModelManifest.FileName);
        File.WriteAllText(path, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(path), "\"auc\": [0-9.E-]+", "\"auc\": 0.999"));

        // Act
        var ex = Assert.Throws<TollgateException>(() => ManifestStore.Read(artifact));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.DigestMismatch));
        Assert.That(ex.Message, Does.Contain("metrics"));
    }

    [Test]
    public void Refuses_an_extra_hidden_file()
    {
        // Arrange
        using var dir = new TempDir();
        var artifact = TrainedArtifact(dir);
        File.WriteAllText(Path.Combine(artifact, ".hidden"), "x");

        // Act
        var ex = Assert.Throws<TollgateException>(() => ManifestStore.Read(artifact));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.DigestMismatch));
        Assert.That(ex.Message, Does.Contain(".hidden"));
    }

    [Test]
    public void A_trained_manifest_declares_the_current_digest_format_and_is_not_legacy()
    {
        // Arrange
        using var dir = new TempDir();
        var artifact = TrainedArtifact(dir);

        // Act
        var manifest = ManifestStore.Read(artifact);

        // Assert
        Assert.That(manifest.DigestFormat, Is.EqualTo(ContentDigest.CurrentFormat));
        Assert.That(manifest.LegacyDigest, Is.False);
        Assert.That(File.ReadAllText(Path.Combine(artifact, ModelManifest.FileName)), Does.Contain("\"digestFormat\": 2"));
    }

    [Test]
    public void Reads_an_earlier_versions_files_only_digest_as_legacy_with_every_file_verified()
    {
        // Arrange: what an earlier Tollgate wrote: no digestFormat, a digest over the files only
        using var dir = new TempDir();
        var artifact = TrainedArtifact(dir);
        var manifest = ManifestStore.Read(artifact);
        ManifestStore.Write(artifact, manifest with { DigestFormat = null, Digest = ContentDigest.FilesOnly(manifest.Files) });

        // Act
        var legacy = ManifestStore.Read(artifact);
        var model = Path.Combine(artifact, "model.zip");
        var bytes = File.ReadAllBytes(model);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(model, bytes);
        var ex = Assert.Throws<TollgateException>(() => ManifestStore.Read(artifact));

        // Assert
        Assert.That(legacy.LegacyDigest, Is.True);
        Assert.That(ContentDigest.FormatOf(legacy), Is.EqualTo(ContentDigest.LegacyFormat));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.DigestMismatch), "files are still verified under the old format");
    }

    [Test]
    public void A_legacy_manifest_with_an_edited_metric_still_verifies_but_stays_legacy()
    {
        // Arrange: the old format never covered the metrics, which is exactly why they are not trusted
        using var dir = new TempDir();
        var artifact = TrainedArtifact(dir);
        var manifest = ManifestStore.Read(artifact);
        var metrics = manifest.Metrics.ToDictionary(m => m.Key, m => 0.999);
        ManifestStore.Write(artifact, manifest with { DigestFormat = null, Metrics = metrics, Digest = ContentDigest.FilesOnly(manifest.Files) });

        // Act
        var legacy = ManifestStore.Read(artifact);

        // Assert
        Assert.That(legacy.LegacyDigest, Is.True, "metrics of a format-1 artifact are marked untrusted, never used as proven");
    }

    [Test]
    public void Never_checks_a_manifest_declaring_the_current_format_the_old_way()
    {
        // Arrange
        using var dir = new TempDir();
        var artifact = TrainedArtifact(dir);
        var manifest = ManifestStore.Read(artifact);
        ManifestStore.Write(artifact, manifest with { Digest = ContentDigest.FilesOnly(manifest.Files) });

        // Act
        var ex = Assert.Throws<TollgateException>(() => ManifestStore.Read(artifact));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.DigestMismatch));
        Assert.That(ex.Message, Does.Contain("declares digest format 2 but carries a files-only digest"));
    }

    [Test]
    public void Refuses_an_unknown_digest_format_naming_the_known_ones()
    {
        // Arrange
        using var dir = new TempDir();
        var artifact = TrainedArtifact(dir);
        var manifest = ManifestStore.Read(artifact);
        ManifestStore.Write(artifact, manifest with { DigestFormat = 3 });

        // Act
        var ex = Assert.Throws<TollgateException>(() => ManifestStore.Read(artifact));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.DigestFormatUnknown));
        Assert.That(ex.Message, Does.Contain("digestFormat 3").And.Contain("knows 1"));
    }
}
