using System.Text.Json;
using Tollgate.Cli.Tests.Support;
using Tollgate.Core.Oci;
using Tollgate.Core.Tests.Oci;
using Tollgate.Core.Tests.Support;

namespace Tollgate.Cli.Tests.Commands;

/// <summary><c>push --oci oci-layout:DIR</c> writes the layout in one pass over the model bytes, like <c>pack</c> does.</summary>
[NonParallelizable] // counts this process's read and written bytes
public class PushToLayoutTests
{
    private const int ModelSize = 24 << 20;
    private string work = null!;

    [SetUp]
    public void SetUp() => work = TestArtifacts.TempDir("tg-push-layout");

    [TearDown]
    public void TearDown() => Directory.Delete(work, recursive: true);

    [Test]
    public void Push_to_a_layout_reads_and_writes_each_model_byte_once()
    {
        // Arrange: a model the digest cache has never seen, so nothing is skipped
        var artifact = Artifact();
        var layout = Path.Combine(work, "layout");
        var before = ProcessIo.Now();

        // Act
        var push = CliHarness.Run("push", "--oci", $"oci-layout:{layout}", "--artifact", artifact, "--json");
        var io = ProcessIo.Now() - before;

        // Assert: the earlier two-pass path read the model twice (verify, then copy while hashing again)
        Assert.That(push.ExitCode, Is.EqualTo(0), push.Err);
        Assert.That(io.ReadBytes, Is.LessThan(ModelSize * 1.25), "model bytes read");
        Assert.That(io.WrittenBytes, Is.InRange(ModelSize, ModelSize * 1.25), "model bytes written");
        var result = JsonDocument.Parse(push.Out).RootElement;
        Assert.That(result.GetProperty("tags")[0].GetString(), Is.EqualTo("1.4.0"));
        var model = File.ReadAllBytes(Path.Combine(artifact, "model.zip"));
        var digest = Core.Util.Hashing.Digest(Core.Util.Hashing.Sha256File(Path.Combine(artifact, "model.zip")));
        Assert.That(File.ReadAllBytes(new OciLayout(layout).BlobPath(digest)), Is.EqualTo(model));
        var fetch = CliHarness.Run("fetch", "churn@1.4.0", "--from", $"oci-layout:{layout}", "--output", Path.Combine(work, "out"), "--json");
        Assert.That(fetch.ExitCode, Is.EqualTo(0), fetch.Err);
        Assert.That(JsonDocument.Parse(fetch.Out).RootElement.GetProperty("digest").GetString(), Is.EqualTo(result.GetProperty("digest").GetString()));
    }

    [Test]
    public void A_model_changed_after_training_is_refused_and_the_layout_gets_no_blob_and_no_tag()
    {
        // Arrange: same size, one byte flipped in the middle, so only the hash taken while copying can tell
        var artifact = Artifact();
        var model = Path.Combine(artifact, "model.zip");
        var bytes = File.ReadAllBytes(model);
        bytes[ModelSize / 2] ^= 0xff;
        File.WriteAllBytes(model, bytes);
        var layout = Path.Combine(work, "layout");

        // Act
        var push = CliHarness.Run("push", "--oci", $"oci-layout:{layout}", "--artifact", artifact);

        // Assert
        Assert.That(push.ExitCode, Is.EqualTo(2), push.Out);
        Assert.That(push.Err, Does.Contain("TOLLGATE0102").And.Contain("model.zip"));
        var blobs = Path.Combine(layout, "blobs", "sha256");
        Assert.That(Directory.Exists(blobs) ? Directory.GetFiles(blobs) : [], Is.Empty);
        Assert.That(File.Exists(Path.Combine(layout, "index.json")) && File.ReadAllText(Path.Combine(layout, "index.json")).Contains("1.4.0", StringComparison.Ordinal), Is.False);
    }

    private string Artifact() => TestArtifacts.Create(Path.Combine(work, "a"), files: [("model.zip", ModelSize, 1), ("vocab.txt", 2000, 2)]);
}
