using System.Text.Json;
using Tollgate.Core.Environments.Audit;
using Tollgate.Core.Packaging;
using Tollgate.Core.Util;

namespace Tollgate.Core.Environments.Retirement;

/// <summary>
/// A folder feed has no unlist or deprecate: NuGet restores whatever .nupkg files it holds. Tollgate leaves the package
/// in place (restores of pinned versions keep working, versions stay immutable) and writes
/// <c>ID.VERSION.nupkg.retired.json</c> next to it, which tools and reviewers can see and NuGet ignores.
/// </summary>
internal static class RetiredPackageMarker
{
    public const string Suffix = ".retired.json";

    /// <summary>Writes the marker next to the package of <paramref name="digest"/> in <paramref name="feedDir"/>; null when the feed has none.</summary>
    public static string? Write(string feedDir, string digest, AuditEntry retirement)
    {
        if (!Directory.Exists(feedDir))
        {
            return null;
        }

        var package = Directory.EnumerateFiles(feedDir, "*.nupkg").FirstOrDefault(p => FolderFeed.ReadManifest(p)?.Digest == digest);
        if (package is null)
        {
            return null;
        }

        var marker = package + Suffix;
        var json = JsonSerializer.Serialize(new
        {
            model = retirement.Model.Name, version = retirement.Model.Version, digest, reason = retirement.Comment,
            retiredBy = retirement.Actor.User, retiredAt = retirement.At,
        }, JsonDefaults.Indented);
        AtomicFile.WriteAllText(marker, json + "\n");
        return marker;
    }

    public static bool IsRetired(string nupkgPath) => File.Exists(nupkgPath + Suffix);
}
