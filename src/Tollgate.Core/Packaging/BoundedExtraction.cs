using System.IO.Compression;
using System.Text.Json;
using Tollgate.Core.Artifacts;

namespace Tollgate.Core.Packaging;

/// <summary>
/// Writes package entries without trusting their headers: the manifest (read first, at most 4 MiB) declares each
/// file's size, and copying stops as soon as an entry writes more than declared, so a small package cannot make
/// <c>fetch</c> fill the disk before its digests are checked. Entries the manifest does not list are refused.
/// </summary>
internal static class BoundedExtraction
{
    private const int MaxManifestBytes = 4 << 20;

    public static IReadOnlyDictionary<string, long> DeclaredSizes(ZipArchive zip, string prefix, string where)
    {
        var entry = zip.GetEntry(prefix + ModelManifest.FileName)
            ?? throw new TollgateException(ErrorCodes.ArtifactNotFound, $"{where} has no {prefix}{ModelManifest.FileName}.", "This is not a Tollgate model package.");
        using var stream = entry.Open();
        var buffer = new MemoryStream();
        Copy(stream, buffer, MaxManifestBytes, $"{where}: {entry.FullName}");
        try
        {
            using var doc = JsonDocument.Parse(buffer.ToArray());
            return doc.RootElement.GetProperty("files").EnumerateArray()
                .ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("size").GetInt64(), StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new TollgateException(ErrorCodes.ManifestInvalid, $"{where}: {entry.FullName} is not a valid manifest ({ex.Message}).", "Re-pack the package from a trained artifact.");
        }
    }

    /// <summary>Copies <paramref name="entry"/> to <paramref name="target"/>, refusing past <paramref name="declared"/> bytes.</summary>
    public static void Extract(ZipArchiveEntry entry, string target, long declared, string where)
    {
        using var source = entry.Open();
        using var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        Copy(source, file, declared, $"{where}: {entry.FullName}");
    }

    private static void Copy(Stream source, Stream target, long limit, string what)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw new TollgateException(ErrorCodes.InputTooLarge, $"{what} holds more than the {limit:N0} bytes its manifest declares; extraction stopped.", "The package was tampered with or corrupted; re-pack it from the artifact.");
            }

            target.Write(buffer, 0, read);
        }
    }
}
