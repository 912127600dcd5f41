using System.Text;
using System.Text.Json;
using Tollgate.Core.Util;

namespace Tollgate.Core.Artifacts;

/// <summary>
/// The artifact digest: sha256 over a canonical listing "&lt;sha256 hex&gt;  &lt;size&gt;  &lt;path&gt;\n" per file,
/// paths relative with '/' separators and sorted ordinally, so it is identical across machines and OSes, followed by
/// one line for what gates decide on (the manifest's schema, metrics and card, as canonical JSON). Every file counts,
/// hidden ones too; the manifest file itself is excluded (it carries the digest), but its decision content is not,
/// so a hand-edited metric changes the identity and is refused like a changed byte.
/// </summary>
internal static class ContentDigest
{
    /// <summary>Pseudo-path of the decision line in the listing; cannot clash with a real file (no '#' in listed paths is assumed).</summary>
    public const string DecisionsEntry = ModelManifest.FileName + "#decisions";

    public static IReadOnlyList<ArtifactFile> ListFiles(string artifactDir) => ListFiles(artifactDir, cache: null, hash: _ => true);

    /// <summary>
    /// Lists every file; hashes those <paramref name="hash"/> selects (the others get a null digest: a caller verifies
    /// them while it copies them), taking the digest from <paramref name="cache"/> when the file is unchanged since
    /// Tollgate last hashed it, and recording what it hashes there.
    /// </summary>
    public static IReadOnlyList<ArtifactFile> ListFiles(string artifactDir, FileDigestCache? cache, Func<string, bool> hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        var root = Path.GetFullPath(artifactDir);
        ArtifactMetrics.FolderHashes.Add(1, new KeyValuePair<string, object?>(ArtifactMetrics.DirectoryTag, root));
        return Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(rel => rel != ModelManifest.FileName)
            .OrderBy(rel => rel, StringComparer.Ordinal)
            .Select(rel =>
            {
                var full = Path.Combine(root, rel);
                var info = new FileInfo(full);
                if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
                {
                    throw new Errors.TollgateException(Errors.ErrorCodes.DigestMismatch, $"'{rel}' in '{artifactDir}' is a symbolic link to nothing.", "Remove the link; artifacts hold plain files only.");
                }

                return new ArtifactFile(rel, hash(rel) ? DigestOf(full, cache) : null!, new FileInfo(full).Length);
            })
            .ToList();
    }

    private static string DigestOf(string file, FileDigestCache? cache)
    {
        if (cache?.TryGet(file) is { } known)
        {
            return known;
        }

        var before = FileDigestCache.Observe(file);
        var digest = Hashing.Digest(Hashing.Sha256File(file));
        cache?.Record(before, digest);
        return digest;
    }

    /// <summary>The identity of <paramref name="manifest"/>: its files plus its schema, metrics and card.</summary>
    public static string Of(ModelManifest manifest)
    {
        var listing = Listing(manifest.Files);
        var decisions = Decisions(manifest);
        listing.Append(Hashing.Sha256Hex(decisions)).Append("  ").Append(Encoding.UTF8.GetByteCount(decisions)).Append("  ").Append(DecisionsEntry).Append('\n');
        return Hashing.Digest(Hashing.Sha256Hex(listing.ToString()));
    }

    /// <summary>The files-only digest Tollgate used before the decision line existed; only to recognise old artifacts.</summary>
    public static string FilesOnly(IEnumerable<ArtifactFile> files) => Hashing.Digest(Hashing.Sha256Hex(Listing(files).ToString()));

    /// <summary>The digest format this version writes (files plus decisions).</summary>
    public const int CurrentFormat = 2;

    /// <summary>The files-only format of earlier versions, still read (as legacy: metrics untrusted).</summary>
    public const int LegacyFormat = 1;

    /// <summary>Returns <paramref name="manifest"/> with its digest set from its content, declaring the current format.</summary>
    public static ModelManifest Seal(ModelManifest manifest) => manifest with { DigestFormat = CurrentFormat, Digest = Of(manifest) };

    /// <summary>
    /// Which format <paramref name="manifest"/>'s digest is in: the declared one if it matches, else (undeclared only)
    /// the one that matches; null when neither does. The old algorithm is never tried for a manifest declaring format 2.
    /// </summary>
    public static int? FormatOf(ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (manifest.DigestFormat != LegacyFormat && Of(manifest) == manifest.Digest)
        {
            return CurrentFormat;
        }

        return manifest.DigestFormat is null or LegacyFormat && FilesOnly(manifest.Files) == manifest.Digest ? LegacyFormat : null;
    }

    private static StringBuilder Listing(IEnumerable<ArtifactFile> files)
    {
        var listing = new StringBuilder();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            listing.Append(file.Digest[Hashing.Prefix.Length..]).Append("  ").Append(file.Size).Append("  ").Append(file.Path).Append('\n');
        }

        return listing;
    }

    // Metrics sorted by name so the JSON is canonical however the dictionary was built or parsed.
    private static string Decisions(ModelManifest manifest) => JsonSerializer.Serialize(
        new
        {
            schema = manifest.Schema,
            metrics = new SortedDictionary<string, double>(manifest.Metrics.ToDictionary(), StringComparer.Ordinal),
            card = manifest.Card,
        },
        JsonDefaults.Compact);
}
