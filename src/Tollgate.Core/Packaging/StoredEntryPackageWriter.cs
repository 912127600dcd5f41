using System.IO.Compression;

namespace Tollgate.Core.Packaging;

/// <summary>
/// NuGet's PackageBuilder deflates every entry; re-deflating a large model (already a zip, or dense tensors)
/// costs far more than it saves. Large model files go into the PackageBuilder as small placeholders, and this
/// writer copies the built package entry by entry, streaming the real files in stored (uncompressed) entries.
/// Memory stays flat and the result stays byte-for-byte deterministic.
/// </summary>
internal static class StoredEntryPackageWriter
{
    /// <param name="built">The package PackageBuilder wrote, with placeholders.</param>
    /// <param name="stored">Entry name → file whose bytes replace the placeholder, uncompressed.</param>
    public static void Write(string built, IReadOnlyDictionary<string, string> stored, Stream target)
    {
        using var source = ZipFile.OpenRead(built);
        using var output = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var real = stored.GetValueOrDefault(entry.FullName);
            var copy = output.CreateEntry(entry.FullName, real is null ? CompressionLevel.Optimal : CompressionLevel.NoCompression);
            copy.LastWriteTime = entry.LastWriteTime;
            copy.ExternalAttributes = entry.ExternalAttributes;
            using var to = copy.Open();
            using var from = real is null ? entry.Open() : new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
            from.CopyTo(to, 1 << 20);
        }
    }
}
