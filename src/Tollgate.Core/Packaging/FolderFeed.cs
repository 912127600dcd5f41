using System.IO.Compression;
using Tollgate.Core.Artifacts;

namespace Tollgate.Core.Packaging;

/// <summary>Reads model packages already in a folder feed (to keep versions immutable and re-runs idempotent).</summary>
internal static class FolderFeed
{
    public static ModelManifest? ReadManifest(string nupkgPath)
    {
        if (!File.Exists(nupkgPath))
        {
            return null;
        }

        using var zip = ZipFile.OpenRead(nupkgPath);
        var entry = zip.GetEntry($"{NuGetModelPackager.ContentFolder}/{ModelManifest.FileName}");
        if (entry is null)
        {
            return null;
        }

        using var reader = new StreamReader(entry.Open());
        return ManifestStore.Parse(reader.ReadToEnd(), $"{nupkgPath}!{entry.FullName}");
    }

    /// <summary>Manifests of every model package in the feed.</summary>
    public static IEnumerable<ModelManifest> Manifests(string feedDir) =>
        Directory.Exists(feedDir)
            ? Directory.EnumerateFiles(feedDir, "*.nupkg").Select(ReadManifest).OfType<ModelManifest>()
            : [];
}
