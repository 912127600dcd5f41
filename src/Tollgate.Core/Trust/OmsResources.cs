using Tollgate.Core.Util;

namespace Tollgate.Core.Trust;

/// <summary>
/// OMS v1.0 file enumeration (§6.1–6.4): every regular file under the model root, '/'-separated relative paths,
/// the default ignore list at the top level, no symbolic links, sorted by code point; sha256 per file.
/// </summary>
internal static class OmsResources
{
    /// <summary>Top-level paths OMS excludes by default.</summary>
    public static IReadOnlyList<string> DefaultIgnores { get; } = [".git", ".gitattributes", ".github", ".gitignore"];

    /// <param name="ignore">Further paths from the root to leave out (with their subtree), e.g. the signature file itself.</param>
    public static IReadOnlyList<(string Name, string Sha256)> List(string modelDir, IReadOnlyCollection<string>? ignore = null)
    {
        var root = Path.GetFullPath(modelDir);
        if (!Directory.Exists(root))
        {
            throw new TollgateException(ErrorCodes.ArtifactNotFound, $"Model folder '{root}' does not exist.", "Point --artifact at the folder 'tollgate train' or 'tollgate fetch' wrote.");
        }

        var files = new List<(string, string)>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(root, entry).Replace('\\', '/');
            if (DefaultIgnores.Contains(name.Split('/')[0]) || (ignore ?? []).Any(i => name == i || name.StartsWith(i + "/", StringComparison.Ordinal)))
            {
                continue;
            }

            var info = new FileInfo(entry);
            if (info.LinkTarget is not null)
            {
                throw new TollgateException(ErrorCodes.SignedFileMismatch, $"'{name}' in '{root}' is a symbolic link; OMS signatures cover regular files only (allow_symlinks: false).", "Replace the link with the file it points to.");
            }

            if (!info.Attributes.HasFlag(FileAttributes.Directory))
            {
                files.Add((name, Hashing.Sha256File(entry)));
            }
        }

        if (files.Count == 0)
        {
            throw new TollgateException(ErrorCodes.ArtifactNotFound, $"Model folder '{root}' holds no file to sign.", "Sign the folder 'tollgate train' wrote.");
        }

        return files.OrderBy(f => f.Item1, StringComparer.Ordinal).ToList();
    }

    /// <summary>§6.5.1: sha256 over the concatenated raw bytes of the resource digests, in resource order.</summary>
    public static string RootDigest(IEnumerable<(string Name, string Sha256)> resources) =>
        Hashing.Sha256Hex(resources.SelectMany(r => Convert.FromHexString(r.Sha256)).ToArray());
}
