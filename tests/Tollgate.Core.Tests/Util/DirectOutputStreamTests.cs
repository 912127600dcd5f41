using System.IO.Compression;
using Tollgate.Core.Util;
using Tollgate.TestSupport;

namespace Tollgate.Core.Tests.Util;

/// <summary>
/// The O_DIRECT writer must leave exactly the bytes a plain file write leaves, whatever the write sizes, the windows'
/// boundaries and the seeks back (a zip patches each local header after its entry), with and without O_DIRECT.
/// </summary>
public class DirectOutputStreamTests
{
    private const int Window = 4 << 20;
    private string work = null!;

    [SetUp]
    public void SetUp() => work = TestTemp.NewFolder("tg-direct");

    [TearDown]
    public void TearDown() => Directory.Delete(work, recursive: true);

    [TestCase(true)]
    [TestCase(false)]
    public void Sequential_writes_seeks_back_and_an_unaligned_tail_give_the_bytes_of_a_plain_write(bool direct)
    {
        // Arrange: writes of odd sizes across three window boundaries, patches before the current window (one
        // straddling it), an overwrite inside it, and a length that is no multiple of the block size
        var random = new Random(7);
        var expected = new MemoryStream();
        var path = Path.Combine(work, "out.bin");

        // Act
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0))
        {
            using var output = new DirectOutputStream(file, direct);
            Assert.That(output.IsDirect, Is.EqualTo(direct && OperatingSystem.IsLinux()), "O_DIRECT where asked for (Linux, ext4/tmpfs)");
            foreach (var size in new[] { 30, 1_000_003, Window, 5, 3 * Window / 2 + 17, 4096, 77_777 })
            {
                Both(output, expected, Bytes(random, size));
            }

            foreach (var (at, size) in new[] { (14L, 16), (Window - 10L, 20), (2L * Window + 3, 40), (expected.Length - 100, 50) })
            {
                output.Position = expected.Position = at;
                Both(output, expected, Bytes(random, size));
            }

            output.Seek(0, SeekOrigin.End);
            expected.Seek(0, SeekOrigin.End);
            Both(output, expected, Bytes(random, 123));
            output.Complete();
            file.Flush(flushToDisk: true);
        }

        // Assert
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(expected.ToArray()));
    }

    [Test]
    public void A_zip_with_a_large_stored_entry_is_byte_identical_to_one_written_in_memory()
    {
        // Arrange
        var model = Bytes(new Random(3), 9 * 1024 * 1024 + 321);
        var path = Path.Combine(work, "package.zip");
        var inMemory = new MemoryStream();
        Zip(inMemory, model);

        // Act
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0))
        {
            using var output = new DirectOutputStream(file);
            Zip(output, model);
            output.Complete();
            file.Flush(flushToDisk: true);
        }

        // Assert
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(inMemory.ToArray()));
        using var zip = ZipFile.OpenRead(path);
        using var entry = new MemoryStream();
        zip.GetEntry("tollgate/model.zip")!.Open().CopyTo(entry); // the CRC in the patched local header is checked here
        Assert.That(entry.ToArray(), Is.EqualTo(model));
    }

    [Test]
    public void Writing_after_complete_is_refused()
    {
        // Arrange
        using var file = new FileStream(Path.Combine(work, "done.bin"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 0);
        using var output = new DirectOutputStream(file);
        output.Write([1, 2, 3]);
        output.Complete();

        // Act + Assert
        Assert.Throws<ObjectDisposedException>(() => output.Write([4]));
        Assert.That(file.Length, Is.EqualTo(3));
    }

    private static void Zip(Stream target, byte[] model)
    {
        using var zip = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, level) in new[] { ("a.txt", CompressionLevel.Optimal), ("tollgate/model.zip", CompressionLevel.NoCompression), ("z.txt", CompressionLevel.Optimal) })
        {
            var entry = zip.CreateEntry(name, level);
            entry.LastWriteTime = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
            using var stream = entry.Open();
            stream.Write(name == "tollgate/model.zip" ? model : System.Text.Encoding.UTF8.GetBytes(name + " text"));
        }
    }

    private static void Both(Stream output, Stream expected, byte[] bytes)
    {
        output.Write(bytes);
        expected.Write(bytes);
    }

    private static byte[] Bytes(Random random, int size)
    {
        var bytes = new byte[size];
        random.NextBytes(bytes);
        return bytes;
    }
}
