using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Packaging;

namespace Tollgate.Core.Gates;

/// <summary>The model running in an environment, extracted from the package feed into a temp folder (deleted on dispose).</summary>
public sealed class BaselineArtifact : IDisposable
{
    private readonly bool owned;

    private BaselineArtifact(string directory, ModelManifest manifest, bool owned = true)
    {
        Directory = directory;
        Manifest = manifest;
        this.owned = owned;
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
        if (package is null && current.Artifacts.Count > 0)
        {
            // A fresh agent has no local feed: fetch the running model from where its deployment says it was published.
            var fetched = new Environments.Travel.PublishedArtifactFetcher(config).FetchAsync(current, CancellationToken.None).GetAwaiter().GetResult();
            return new BaselineArtifact(fetched, ManifestStore.Read(fetched), owned: false);
        }

        if (package is null)
        {
            throw new Errors.TollgateException(
                Errors.ErrorCodes.ArtifactNotFound,
                $"{current.Model.Name} {current.Model.Version} ({current.Model.Digest}) runs in {current.Environment}, but no package with that digest is in the feed '{feed}', so gates cannot compare with it.",
                $"Fetch it into the feed first (tollgate fetch {current.Model.Name}@{current.Model.Version.Split('+')[0]} --from nuget:SOURCE) or point package.feed at the feed it was published to.");
        }

        // Extracted and verified like `tollgate fetch`: safe entry names, every file against its manifest.
        var target = Path.Combine(Path.GetTempPath(), "tollgate-baseline", Guid.NewGuid().ToString("N"));
        var manifest = ModelPackageExtractor.Extract(package, target);
        return new BaselineArtifact(target, manifest);
    }

    public void Dispose()
    {
        if (owned && System.IO.Directory.Exists(Directory)) // a fetched artifact stays in .tollgate/fetched for later commands
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
