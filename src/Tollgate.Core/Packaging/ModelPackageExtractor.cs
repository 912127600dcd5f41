using System.IO.Compression;
using Tollgate.Core.Artifacts;

namespace Tollgate.Core.Packaging;

/// <summary>
/// Extracts the model (<c>tollgate/</c>) of a model package into a folder. Every entry name is checked first
/// (no <c>..</c>, absolute paths or links); files land in a temp folder, are verified against the manifest,
/// and only then moved to the destination, so a tampered package writes nothing.
/// </summary>
internal static class ModelPackageExtractor
{
    private const int UnixFileTypeMask = 0xF000;
    private const int UnixSymlink = 0xA000;

    public static ModelManifest Extract(string nupkgPath, string outputDir, string? expectedName = null)
    {
        var output = Path.GetFullPath(outputDir);
        if (File.Exists(output) || (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any()))
        {
            throw new TollgateException(ErrorCodes.OciOutputNotEmpty, $"Output '{output}' already exists and is not empty.", "Choose a new --output folder or delete the old one.");
        }

        var prefix = NuGetModelPackager.ContentFolder + "/";
        var temp = Util.ScratchFiles.StagingPathFor(output); // a killed fetch leaves nothing the next run does not clean
        try
        {
            using (var zip = ZipFile.OpenRead(nupkgPath))
            {
                foreach (var entry in zip.Entries)
                {
                    Check(entry, nupkgPath);
                }

                var declared = BoundedExtraction.DeclaredSizes(zip, prefix, nupkgPath);
                Directory.CreateDirectory(temp);
                foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(prefix, StringComparison.Ordinal) && !e.FullName.EndsWith('/')))
                {
                    var relative = entry.FullName[prefix.Length..];
                    var limit = relative == ModelManifest.FileName ? 4 << 20
                        : declared.TryGetValue(relative, out var size) ? size
                        : throw new TollgateException(ErrorCodes.DigestMismatch, $"'{relative}' in {nupkgPath} is not listed in its manifest.", "The package was tampered with; re-pack it from the artifact.");
                    var target = Path.Combine(temp, relative);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    BoundedExtraction.Extract(entry, target, limit, nupkgPath);
                }
            }

            var manifest = ManifestStore.Read(temp);
            if (expectedName is not null && manifest.Name != expectedName)
            {
                throw new TollgateException(ErrorCodes.NuGetPackageInvalid, $"{nupkgPath} holds model '{manifest.Name}', not '{expectedName}'.", "Check the model name, --package-id and the feed.");
            }

            if (Directory.Exists(output))
            {
                Directory.Delete(output);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            Directory.Move(temp, output);
            return manifest;
        }
        catch (InvalidDataException ex)
        {
            throw new TollgateException(ErrorCodes.NuGetPackageInvalid, $"{nupkgPath} is not a valid package: {ex.Message}", "Re-push the package from the artifact.");
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    /// <summary>Refuses entries that could escape the folder, even outside <c>tollgate/</c>: such a package was not made by Tollgate.</summary>
    internal static void Check(ZipArchiveEntry entry, string where)
    {
        var name = entry.FullName;
        string? why = null;
        if (name.Length == 0 || name.Contains('\\') || name.Contains('\0') || name.StartsWith('/') || Path.IsPathRooted(name) || (name.Length > 1 && name[1] == ':'))
        {
            why = "absolute paths, drive letters and backslashes are not allowed";
        }
        else if (name.TrimEnd('/').Split('/').Any(s => s is "" or "." or ".."))
        {
            why = "'..', '.' and empty path segments are not allowed";
        }
        else if (((entry.ExternalAttributes >> 16) & UnixFileTypeMask) == UnixSymlink)
        {
            why = "symbolic links are not allowed";
        }

        if (why is not null)
        {
            throw new TollgateException(ErrorCodes.UnsafeArchiveEntry, $"Unsafe entry '{name}' in {where}: {why}.", "Refusing to extract; the package was not produced by Tollgate or was tampered with.");
        }
    }
}
