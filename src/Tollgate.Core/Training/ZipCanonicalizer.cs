using System.IO.Compression;

namespace Tollgate.Core.Training;

/// <summary>
/// ML.NET stamps zip entries with the current time. Rewrite the model zip with entries in their
/// original order, a fixed timestamp and no compression (deflate output depends on the zlib build),
/// so equal models give equal bytes on every machine and OS.
/// </summary>
internal static class ZipCanonicalizer
{
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Canonicalize(string source, string destination)
    {
        using var input = ZipFile.OpenRead(source);
        using var output = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.None);
        using var archive = new ZipArchive(output, ZipArchiveMode.Create);
        foreach (var entry in input.Entries)
        {
            var copy = archive.CreateEntry(entry.FullName, CompressionLevel.NoCompression);
            copy.LastWriteTime = Epoch;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
