using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Packaging;

namespace Tollgate.Core.Gates;

/// <summary>The model running in an environment, extracted from the package feed into a temp folder (deleted on dispose).</summary>
internal sealed class BaselineArtifact : IDisposable
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
            return new BaselineArtifact(fetched.Directory, fetched.Manifest, owned: false);
        }

        if (package is null)
        {
            throw new Errors.TollgateException(
                Errors.ErrorCodes.ArtifactNotFound,
                $"{current.Model.Name} {current.Model.Version} ({current.Model.Digest}) runs in {current.Environment}, but no package with that digest is in the feed '{feed}', so gates cannot compare with it.",
                $"Fetch it into the feed first (tollgate fetch {current.Model.Name}@{current.Model.Version.Split('+')[0]} --from nuget:SOURCE) or point package.feed at the feed it was published to.");
        }

        // Extracted and verified like `tollgate fetch`: safe entry names, every file against its manifest.
        var scratch = Util.ScratchFiles.CreateDirectory(config.Resolve("."), "baseline");
        try
        {
            var target = Path.Combine(scratch, "model");
            return new BaselineArtifact(target, ModelPackageExtractor.Extract(package, target));
        }
        catch
        {
            Util.ScratchFiles.DeleteDirectory(scratch);
            throw;
        }
    }

    /// <summary>Deletes the scratch folder the model was extracted into (no empty folder left behind).</summary>
    /// <remarks>A fetched artifact stays in .tollgate/fetched for later commands.</remarks>
    public void Dispose()
    {
        if (owned)
        {
            Util.ScratchFiles.DeleteDirectory(Path.GetDirectoryName(Directory)!);
        }
    }
}
