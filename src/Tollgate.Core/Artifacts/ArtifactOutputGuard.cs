namespace Tollgate.Core.Artifacts;

/// <summary>
/// Decides whether <c>tollgate train</c> may write a folder. Tollgate only ever replaces a folder it wrote itself:
/// one whose every file is the manifest or listed in it (the manifest is the mark). Anything else that is not empty
/// is refused, and so is a folder that holds the working directory or the configuration (<c>--output .</c>).
/// </summary>
internal static class ArtifactOutputGuard
{
    /// <summary>Throws unless <paramref name="output"/> is missing, empty, or a Tollgate artifact.</summary>
    /// <param name="protectedDirs">Folders that must never be replaced, nor any folder holding them (repository root, working directory).</param>
    public static void EnsureReplaceable(string output, IEnumerable<string> protectedDirs)
    {
        var full = Normalize(output);
        foreach (var dir in protectedDirs.Select(Normalize))
        {
            if (IsSameOrAncestor(full, dir))
            {
                throw new TollgateException(
                    ErrorCodes.OutputHoldsProtectedFolder,
                    $"The artifact output '{output}' is or contains '{dir}'; training would replace it.",
                    "Point --output (or model.output in tollgate.yml) at a dedicated folder such as artifacts/model.");
            }
        }

        if (File.Exists(full))
        {
            throw new TollgateException(ErrorCodes.OutputNotArtifact, $"The artifact output '{output}' is a file, not a folder.", "Point --output at a folder (it is created when missing).");
        }

        if (!Directory.Exists(full) || !Directory.EnumerateFileSystemEntries(full).Any())
        {
            return;
        }

        if (!IsTollgateArtifact(full, out var reason))
        {
            throw new TollgateException(
                ErrorCodes.OutputNotArtifact,
                $"The artifact output '{output}' is not empty and is not a Tollgate artifact ({reason}); Tollgate only replaces folders it wrote.",
                "Choose an empty or new folder, or move the existing content away yourself.");
        }
    }

    /// <summary>True when every file below <paramref name="dir"/> is the manifest or a file the manifest lists.</summary>
    public static bool IsTollgateArtifact(string dir, out string reason)
    {
        var manifestPath = Path.Combine(dir, ModelManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            reason = $"no {ModelManifest.FileName}";
            return false;
        }

        ModelManifest manifest;
        try
        {
            manifest = ManifestStore.Parse(File.ReadAllText(manifestPath), manifestPath);
        }
        catch (Exception ex) when (ex is TollgateException or IOException or UnauthorizedAccessException)
        {
            reason = $"{ModelManifest.FileName} is not a valid manifest";
            return false;
        }

        var listed = manifest.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var root = Path.GetFullPath(dir);
        foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(root, entry).Replace('\\', '/');
            var isDir = Directory.Exists(entry) && !File.GetAttributes(entry).HasFlag(FileAttributes.ReparsePoint);
            var ownsIt = rel == ModelManifest.FileName || (isDir ? listed.Any(p => p.StartsWith(rel + "/", StringComparison.Ordinal)) : listed.Contains(rel));
            if (!ownsIt)
            {
                reason = $"'{rel}' is not part of the artifact";
                return false;
            }
        }

        reason = "";
        return true;
    }

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsSameOrAncestor(string candidate, string dir)
    {
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(candidate, dir, comparison)
            || dir.StartsWith(Path.TrimEndingDirectorySeparator(candidate) + Path.DirectorySeparatorChar, comparison)
            || candidate == Path.GetPathRoot(candidate);
    }
}
