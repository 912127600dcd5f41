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

    /// <summary>Null when nothing runs there; throws when something runs there but its package cannot be found.</summary>
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
            throw new Errors.TollgateException(
                Errors.ErrorCodes.ArtifactNotFound,
                $"{current.Model.Name} {current.Model.Version} ({current.Model.Digest}) runs in {current.Environment}, but no package with that digest is in the feed '{feed}', so gates cannot compare with it.",
                $"Fetch it into the feed first (tollgate fetch {current.Model.Name}@{current.Model.Version.Split('+')[0]} --from nuget:SOURCE) or point package.feed at the feed it was published to.");
        }

        // Extracted and verified like `tollgate fetch`: safe entry names, every file against its manifest.
        // A fresh temp folder of its own, so disposing leaves no empty parent folder behind in the system temp.
        var target = System.IO.Directory.CreateTempSubdirectory("tollgate-baseline-").FullName;
        var manifest = ModelPackageExtractor.Extract(package, target);
        return new BaselineArtifact(target, manifest);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
