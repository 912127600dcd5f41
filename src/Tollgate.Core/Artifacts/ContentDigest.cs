using System.Text;
using Tollgate.Core.Util;

namespace Tollgate.Core.Artifacts;

/// <summary>
/// The artifact digest: sha256 over a canonical listing "&lt;sha256 hex&gt;  &lt;size&gt;  &lt;path&gt;\n" per file,
/// paths relative with '/' separators and sorted ordinally, so it is identical across machines and OSes.
/// The manifest itself is excluded (it carries the digest).
/// </summary>
public static class ContentDigest
{
    public static IReadOnlyList<ArtifactFile> ListFiles(string artifactDir)
    {
        var root = Path.GetFullPath(artifactDir);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(rel => rel != ModelManifest.FileName && !rel.StartsWith('.'))
            .OrderBy(rel => rel, StringComparer.Ordinal)
            .Select(rel =>
            {
                var full = Path.Combine(root, rel);
                return new ArtifactFile(rel, Hashing.Digest(Hashing.Sha256File(full)), new FileInfo(full).Length);
            })
            .ToList();
    }

    public static string Compute(IEnumerable<ArtifactFile> files)
    {
        var listing = new StringBuilder();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            listing.Append(file.Digest[Hashing.Prefix.Length..]).Append("  ").Append(file.Size).Append("  ").Append(file.Path).Append('\n');
        }

        return Hashing.Digest(Hashing.Sha256Hex(listing.ToString()));
    }
}
