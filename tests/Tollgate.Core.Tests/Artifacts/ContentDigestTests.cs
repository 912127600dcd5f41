using Tollgate.Core.Artifacts;

namespace Tollgate.Core.Tests.Artifacts;

public class ContentDigestTests
{
    [Test]
    public void Is_independent_of_file_creation_order_and_excludes_the_manifest()
    {
        // Arrange
        using var a = new TempDir();
        using var b = new TempDir();
        a.File("model.zip", "weights");
        a.File("sub/vocab.txt", "words");
        b.File("sub/vocab.txt", "words");
        b.File("model.zip", "weights");
        b.File(ModelManifest.FileName, "{}");

        // Act
        var digestA = ContentDigest.FilesOnly(ContentDigest.ListFiles(a.Path));
        var digestB = ContentDigest.FilesOnly(ContentDigest.ListFiles(b.Path));

        // Assert
        Assert.That(digestA, Is.EqualTo(digestB));
        Assert.That(digestA, Does.Match("^sha256:[0-9a-f]{64}$"));
        Assert.That(ContentDigest.ListFiles(a.Path).Select(f => f.Path), Is.EqualTo(new[] { "model.zip", "sub/vocab.txt" }));
    }

    [Test]
    public void Changes_when_one_byte_changes()
    {
        // Arrange
        using var dir = new TempDir();
        dir.File("model.zip", "weights-1");
        var before = ContentDigest.FilesOnly(ContentDigest.ListFiles(dir.Path));

        // Act
        dir.File("model.zip", "weights-2");
        var after = ContentDigest.FilesOnly(ContentDigest.ListFiles(dir.Path));

        // Assert
        Assert.That(after, Is.Not.EqualTo(before));
    }

    [Test]
    public void Matches_a_known_value_for_a_known_listing()
    {
        // Arrange: sha256("a") and the canonical listing line "<hex>  1  a.bin\n"
        var files = new[] { new ArtifactFile("a.bin", "sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb", 1) };

        // Act
        var digest = ContentDigest.FilesOnly(files);

        // Assert: sha256 of "ca97…48bb  1  a.bin\n", computed independently with sha256sum
        Assert.That(digest, Is.EqualTo("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb  1  a.bin\n")))));
    }
}
