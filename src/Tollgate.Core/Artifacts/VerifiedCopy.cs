using System.Buffers;
using System.Security.Cryptography;
using Tollgate.Core.Util;

namespace Tollgate.Core.Artifacts;

/// <summary>
/// One pass over an artifact file: it is read once, hashed once and written to every destination (package entry,
/// layout blob) in the same pass, then checked against the manifest. The hash runs on this thread while the previous
/// block is written on another, so on two cores the copy costs about as much as hashing alone.
/// </summary>
internal static class VerifiedCopy
{
    private const int BlockSize = 2 << 20;

    /// <summary>Copies <paramref name="expected"/> from <paramref name="artifactDir"/> into every destination and refuses
    /// (<see cref="ManifestStore.Mismatch"/>) bytes that do not match the manifest; the caller discards the destinations then.</summary>
    /// <param name="cache">Where the verified digest is recorded for later runs (null: not recorded).</param>
    public static void Copy(string artifactDir, ArtifactFile expected, IReadOnlyList<Stream> destinations, FileDigestCache? cache)
    {
        var path = Path.Combine(artifactDir, expected.Path);
        var before = FileDigestCache.Observe(path);
        using var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var (current, next) = (ArrayPool<byte>.Shared.Rent(BlockSize), ArrayPool<byte>.Shared.Rent(BlockSize));
        var writing = Task.CompletedTask;
        long total = 0;
        try
        {
            var read = source.ReadAtLeast(current.AsSpan(0, BlockSize), BlockSize, throwOnEndOfStream: false);
            while (read > 0)
            {
                total += read;
                if (total > expected.Size)
                {
                    break; // grown since it was listed: refused below, nothing more is written
                }

                writing.GetAwaiter().GetResult(); // the other buffer is free again
                var (block, length) = (current, read);
                writing = Task.Run(() =>
                {
                    foreach (var destination in destinations)
                    {
                        destination.Write(block, 0, length);
                    }
                });
                hash.AppendData(block, 0, length);
                (current, next) = (next, current);
                read = source.ReadAtLeast(current.AsSpan(0, BlockSize), BlockSize, throwOnEndOfStream: false);
            }

            writing.GetAwaiter().GetResult();
        }
        finally
        {
            writing.ContinueWith(_ => { }, TaskScheduler.Default).Wait(); // never return a buffer a write still uses
            ArrayPool<byte>.Shared.Return(current);
            ArrayPool<byte>.Shared.Return(next);
        }

        var digest = Hashing.Digest(Convert.ToHexStringLower(hash.GetHashAndReset()));
        if (total != expected.Size || digest != expected.Digest)
        {
            var size = total == expected.Size ? total : new FileInfo(path).Length; // a grown file was not read to its end
            throw ManifestStore.Mismatch(expected, new ArtifactFile(expected.Path, total == expected.Size ? digest : null!, size));
        }

        cache?.Record(before, digest);
    }
}
