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

    [TestCase("full")]
    [TestCase("minimal")]
    [TestCase("awkward")]
    public void The_decision_line_has_the_bytes_the_serializer_wrote_for_it(string which)
    {
        // Arrange: the way the line was written before it was written by hand (digests of existing artifacts depend on it)
        var full = ManifestJsonReaderTests.Full();
        var manifest = which switch
        {
            "minimal" => full with { Card = new ModelCard { Owners = null! }, Schema = new ModelSchema([new SchemaColumn("x", "float")], []) },
            "awkward" => full with
            {
                Card = new ModelCard { Description = "quote \" backslash \\ tab \t <b>&amp; \u00e9 \ud83d\ude00 \u0001", Owners = ["", "o'neil"] },
                Metrics = new Dictionary<string, double> { ["b"] = -0.0, ["a"] = double.Epsilon, ["\u00e9"] = 1e308, ["A"] = 0.1 + 0.2 },
            },
            _ => full,
        };
        var expected = System.Text.Json.JsonSerializer.Serialize(
            new
            {
                schema = manifest.Schema,
                metrics = new SortedDictionary<string, double>(manifest.Metrics.ToDictionary(), StringComparer.Ordinal),
                card = manifest.Card,
            },
            Tollgate.Core.Util.JsonDefaults.Compact);

        // Act
        var line = ContentDigest.Decisions(manifest);

        // Assert
        Assert.That(line, Is.EqualTo(expected));
    }
}
