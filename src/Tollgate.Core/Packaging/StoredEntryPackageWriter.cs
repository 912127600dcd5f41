using System.IO.Compression;
using Tollgate.Core.Artifacts;

namespace Tollgate.Core.Packaging;

/// <summary>
/// NuGet's PackageBuilder deflates every entry; re-deflating a large model (already a zip, or dense tensors)
/// costs far more than it saves. Large model files go into the PackageBuilder as small placeholders, and this
/// writer copies the built package entry by entry, letting the caller stream the real files into stored
/// (uncompressed) entries; the zip computes their CRC on the same pass. Memory stays flat, and with one entry time
/// and the builder's ordinal entry order the result is byte-for-byte deterministic.
/// </summary>
internal static class StoredEntryPackageWriter
{
    /// <param name="built">The package PackageBuilder wrote, with placeholders.</param>
    /// <param name="stored">Entry name → artifact file whose bytes replace the placeholder, uncompressed.</param>
    /// <param name="copy">Writes an artifact file's bytes into its entry stream.</param>
    /// <param name="entryTime">The modification time of every entry.</param>
    public static void Write(string built, IReadOnlyDictionary<string, ArtifactFile> stored, Action<ArtifactFile, Stream> copy, DateTimeOffset entryTime, Stream target)
    {
        using var source = ZipFile.OpenRead(built);
        using var output = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var real = stored.GetValueOrDefault(entry.FullName);
            var to = output.CreateEntry(entry.FullName, real is null ? CompressionLevel.Optimal : CompressionLevel.NoCompression);
            to.LastWriteTime = entryTime;
            to.ExternalAttributes = entry.ExternalAttributes;
            using var stream = to.Open();
            if (real is null)
            {
                using var from = entry.Open();
                from.CopyTo(stream);
            }
            else
            {
                copy(real, stream);
            }
        }
    }
}
