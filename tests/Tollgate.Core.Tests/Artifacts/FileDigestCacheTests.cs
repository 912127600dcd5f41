using Tollgate.Core.Artifacts;
using Tollgate.Core.Tests.Oci;
using Tollgate.Core.Util;

namespace Tollgate.Core.Tests.Artifacts;

/// <summary>
/// The digest cache trusts a file only while its identity (inode, size, mtime, ctime) is the one Tollgate hashed.
/// Files are written once, then the test waits out <see cref="FileDigestCache.RacyWindow"/> so they may be recorded.
/// </summary>
[NonParallelizable]
public class FileDigestCacheTests
{
    private string work = null!;
    private FileDigestCache cache = null!;

    [OneTimeSetUp]
    public void OneTimeSetUp()
    {
        Assume.That(OperatingSystem.IsLinux(), "file identities come from statx (Linux); elsewhere the cache is never used");
        work = TestArtifacts.TempDir("tg-digest-cache");
        foreach (var name in new[] { "unchanged", "edited", "replaced", "fresh-source" })
        {
            File.WriteAllBytes(Path.Combine(work, name), Bytes(1));
        }

        Thread.Sleep(FileDigestCache.RacyWindow + TimeSpan.FromMilliseconds(200));
    }

    [OneTimeTearDown]
    public void OneTimeTearDown() => Directory.Delete(work, recursive: true);

    [SetUp]
    public void SetUp() => cache = new FileDigestCache(Path.Combine(work, "cache-" + Guid.NewGuid().ToString("N")));

    [Test]
    public void Returns_the_recorded_digest_while_the_file_is_unchanged()
    {
        // Arrange
        var path = Path.Combine(work, "unchanged");
        var digest = HashAndRecord(path);

        // Act
        var cached = cache.TryGet(path);

        // Assert
        Assert.That(cached, Is.EqualTo(digest));
    }

    [Test]
    public void Forgets_a_file_edited_in_place_with_the_same_size_and_its_mtime_restored()
    {
        // Arrange
        var path = Path.Combine(work, "edited");
        HashAndRecord(path);
        var mtime = File.GetLastWriteTimeUtc(path);

        // Act: overwrite in place (same inode, same size), then put the modification time back as `touch -d` would
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            file.Write(Bytes(2));
        }

        File.SetLastWriteTimeUtc(path, mtime);

        // Assert: the kernel moved the change time, which cannot be set back
        Assert.That(File.GetLastWriteTimeUtc(path), Is.EqualTo(mtime));
        Assert.That(cache.TryGet(path), Is.Null);
    }

    [Test]
    public void Forgets_a_file_replaced_by_another_with_the_same_size_and_mtime()
    {
        // Arrange
        var path = Path.Combine(work, "replaced");
        HashAndRecord(path);
        var other = Path.Combine(work, "replacement");
        File.WriteAllBytes(other, Bytes(3));
        File.SetLastWriteTimeUtc(other, File.GetLastWriteTimeUtc(path));

        // Act
        File.Move(other, path, overwrite: true);

        // Assert
        Assert.That(cache.TryGet(path), Is.Null);
    }

    [Test]
    public void Does_not_record_a_file_changed_within_the_racy_window()
    {
        // Arrange: a file written just now could be written again within the same timestamp tick
        var path = Path.Combine(work, "just-written");
        File.Copy(Path.Combine(work, "fresh-source"), path, overwrite: true);

        // Act
        HashAndRecord(path);

        // Assert
        Assert.That(cache.TryGet(path), Is.Null);
    }

    private string HashAndRecord(string path)
    {
        var before = FileDigestCache.Observe(path);
        var digest = Hashing.Digest(Hashing.Sha256File(path));
        cache.Record(before, digest);
        return digest;
    }

    private static byte[] Bytes(int seed)
    {
        var bytes = new byte[4096];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
