using System.IO.Compression;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Packaging;

namespace Tollgate.Core.Gates;

/// <summary>The model running in an environment, extracted from the package feed into a temp folder (deleted on dispose).</summary>
public sealed class BaselineArtifact : IDisposable
{
    private BaselineArtifact(string directory, ModelManifest manifest)
    {
        Directory = directory;
        Manifest = manifest;
    }

    public string Directory { get; }

    public ModelManifest Manifest { get; }

    /// <summary>Null when nothing runs there, or its package is not in the configured feed.</summary>
    public static BaselineArtifact? Locate(TollgateConfig config, DeploymentRecord? current)
    {
        if (current is null)
        {
            return null;
        }

        var feed = config.Resolve(config.Package.Feed);
        var package = System.IO.Directory.Exists(feed)
            ? System.IO.Directory.EnumerateFiles(feed, "*.nupkg").FirstOrDefault(p => FolderFeed.ReadManifest(p)?.Digest == current.Model.Digest)
            : null;
        if (package is null)
        {
            return null;
        }

        var target = System.IO.Directory.CreateTempSubdirectory("tollgate-baseline").FullName;
        using (var zip = ZipFile.OpenRead(package))
        {
            var prefix = NuGetModelPackager.ContentFolder + "/";
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(prefix, StringComparison.Ordinal) && !e.FullName.EndsWith('/')))
            {
                var relative = entry.FullName[prefix.Length..];
                var path = Path.GetFullPath(Path.Combine(target, relative));
                if (!path.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new Errors.TollgateException(Errors.ErrorCodes.UnsafeArchiveEntry, $"{package}: entry '{entry.FullName}' escapes its folder.", "Do not use this package.");
                }

                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                entry.ExtractToFile(path);
            }
        }

        return new BaselineArtifact(target, ManifestStore.Read(target));
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
