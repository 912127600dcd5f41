using System.IO.Compression;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Oci;
using Tollgate.Core.Packaging;
using Tollgate.Core.Tests.Oci;

namespace Tollgate.Core.Tests.Packaging;

/// <summary>One pass over the model bytes for the package and the layout; nothing published from bytes that do not match.</summary>
[NonParallelizable] // counts this process's read and written bytes
public class ModelPackerTests() : TempWorkFixture("tg-packer")
{
    private const int ModelSize = 24 << 20;

    [Test]
    public async Task Pack_reads_and_writes_each_model_byte_once_per_output_and_both_outputs_hold_the_model()
    {
        // Arrange
        var artifact = Artifact();
        var packer = Packer("feed", "layout");
        var before = ProcessIo.Now();

        // Act
        var result = await packer.PackAsync(artifact);
        var io = ProcessIo.Now() - before;

        // Assert: one read of the model (the earlier code read it four times), one write into each of the two outputs
        Assert.That(io.ReadBytes, Is.LessThan(ModelSize * 1.25), "model bytes read");
        Assert.That(io.WrittenBytes, Is.InRange(ModelSize * 2L, ModelSize * 2.25), "model bytes written");
        var model = await File.ReadAllBytesAsync(Path.Combine(artifact, "model.zip"));
        using (var zip = ZipFile.OpenRead(result.Package!.Path))
        using (var entry = new MemoryStream())
        {
            zip.GetEntry("tollgate/model.zip")!.Open().CopyTo(entry);
            Assert.That(entry.ToArray(), Is.EqualTo(model));
        }

        var modelDigest = result.Manifest.Files.Single(f => f.Path == "model.zip").Digest;
        Assert.That(await File.ReadAllBytesAsync(new OciLayout(Path.Combine(Work, "layout")).BlobPath(modelDigest)), Is.EqualTo(model));
        Assert.That(result.Oci!.UploadedBlobs, Does.Contain(modelDigest));
        var fetched = await OciFetcher.FetchAsync(new OciLayout(Path.Combine(Work, "layout")), "1.4.0", Path.Combine(Work, "out"));
        Assert.That(fetched.Digest, Is.EqualTo(result.Oci.Digest));
    }

    [Test]
    public async Task A_model_changed_after_training_is_refused_and_nothing_is_published()
    {
        // Arrange: same size, one byte flipped in the middle, so only the hash taken while copying can tell
        var artifact = Artifact();
        FlipByte(Path.Combine(artifact, "model.zip"), ModelSize / 2);

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => Packer("feed", "layout").PackAsync(artifact));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.DigestMismatch));
        Assert.That(error.Message, Does.Contain("Digest mismatch for 'model.zip'"));
        Assert.That(FilesUnder("feed"), Is.Empty);
        Assert.That(FilesUnder("layout").Where(f => f.Contains("blobs", StringComparison.Ordinal)), Is.Empty);
        Assert.That(File.Exists(Path.Combine(Work, "layout", "index.json")) && File.ReadAllText(Path.Combine(Work, "layout", "index.json")).Contains("1.4.0", StringComparison.Ordinal), Is.False);
    }

    [Test]
    public async Task Packing_twice_gives_identical_bytes_whatever_the_file_times()
    {
        // Arrange
        var artifact = Artifact();
        var first = await Packer("feed1", null).PackAsync(artifact);
        foreach (var file in Directory.GetFiles(artifact))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddDays(-3));
        }

        // Act
        var second = await Packer("feed2", null).PackAsync(artifact);

        // Assert
        Assert.That(await File.ReadAllBytesAsync(second.Package!.Path), Is.EqualTo(await File.ReadAllBytesAsync(first.Package!.Path)));
        using var zip = ZipFile.OpenRead(first.Package.Path);
        Assert.That(zip.Entries.Select(e => e.LastWriteTime.UtcDateTime).Distinct(), Is.EqualTo(new[] { new DateTime(2026, 5, 1, 12, 0, 0, DateTimeKind.Utc) }));
    }

    [Test]
    public async Task A_corrupted_blob_in_the_layout_is_refused_when_packing_again()
    {
        // Arrange
        var artifact = Artifact();
        var first = await Packer(null, "layout").PackAsync(artifact);
        var blob = new OciLayout(Path.Combine(Work, "layout")).BlobPath(first.Manifest.Files.Single(f => f.Path == "model.zip").Digest);
        FlipByte(blob, 100);

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => Packer(null, "layout").PackAsync(artifact));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.DigestMismatch));
        Assert.That(error.Message, Does.Contain(blob).And.Contain("corrupted"));
        Assert.That(error.Hint, Does.Contain("Delete"));
    }

    [Test]
    public async Task Several_large_files_each_reach_the_package_and_the_layout_intact()
    {
        // Arrange: three files above the O_DIRECT threshold, each finished (buffers freed) before the next starts
        var artifact = TestArtifacts.Create(Path.Combine(Work, "a"), files: [("model.zip", 9 << 20, 1), ("weights/a.bin", (8 << 20) + 4097, 2), ("weights/b.bin", 12 << 20, 3)]);

        // Act
        var result = await Packer("feed", "layout").PackAsync(artifact);

        // Assert
        using var zip = ZipFile.OpenRead(result.Package!.Path);
        foreach (var file in result.Manifest.Files)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(artifact, file.Path));
            using var entry = new MemoryStream();
            zip.GetEntry($"tollgate/{file.Path}")!.Open().CopyTo(entry);
            Assert.That(entry.ToArray(), Is.EqualTo(bytes), file.Path + " in the package");
            Assert.That(await File.ReadAllBytesAsync(new OciLayout(Path.Combine(Work, "layout")).BlobPath(file.Digest)), Is.EqualTo(bytes), file.Path + " in the layout");
        }

        Assert.That(Directory.GetFiles(Path.Combine(Work, "layout"), "*.tmp", SearchOption.AllDirectories), Is.Empty);
    }

    private string Artifact() => TestArtifacts.Create(Path.Combine(Work, "a"), files: [("model.zip", ModelSize, 1), ("vocab.txt", 2000, 2)]);

    private ModelPacker Packer(string? feed, string? layout) => new(
        feed is null ? null : new NuGetModelPackager(PackagedModels.Config(Work)),
        feed is null ? null : Path.Combine(Work, feed),
        layout is null ? null : new OciLayout(Path.Combine(Work, layout)));

    private IEnumerable<string> FilesUnder(string folder) =>
        Directory.Exists(Path.Combine(Work, folder)) ? Directory.GetFiles(Path.Combine(Work, folder), "*", SearchOption.AllDirectories) : [];

    private static void FlipByte(string path, long offset)
    {
        var time = File.GetLastWriteTimeUtc(path);
        using (var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Position = offset;
            var b = file.ReadByte();
            file.Position = offset;
            file.WriteByte((byte)(b ^ 0xff));
        }

        File.SetLastWriteTimeUtc(path, time);
    }
}
