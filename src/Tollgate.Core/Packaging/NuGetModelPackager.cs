using NuGet.Packaging;
using NuGet.Packaging.Core;
using NuGet.Packaging.Licenses;
using NuGet.Versioning;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Errors;
using Tollgate.Core.Util;

namespace Tollgate.Core.Packaging;

/// <summary>Packs a model artifact as a deterministic NuGet package into a folder feed.</summary>
public sealed class NuGetModelPackager(TollgateConfig config)
{
    public const string ContentFolder = "tollgate";

    public sealed record PackResult(string PackageId, string Version, string Path, string ModelDigest, bool AlreadyPresent);

    public string PackageId => config.Package.Id ?? config.Model.Name;

    public PackResult Pack(string artifactDir, string? feedDir = null)
    {
        var manifest = ManifestStore.Read(artifactDir);
        var feed = feedDir ?? config.Resolve(config.Package.Feed);
        var version = SemanticVersion.Parse(manifest.Version);
        var target = System.IO.Path.Combine(feed, $"{PackageId}.{version.ToNormalizedString()}.nupkg".ToLowerInvariant());
        var existing = FolderFeed.ReadManifest(target);
        if (existing is not null)
        {
            if (existing.Digest != manifest.Digest)
            {
                throw new TollgateException(ErrorCodes.PackageFailed,
                    $"{target} already holds {PackageId} {version.ToNormalizedString()} with model digest {existing.Digest}, not {manifest.Digest}.",
                    "Published versions are immutable: bump model.version (or let Tollgate compute the next one) and retrain.");
            }

            return new PackResult(PackageId, manifest.Version, target, manifest.Digest, true);
        }

        var builder = Build(artifactDir, manifest, version);
        AtomicFile.Write(target, builder.Save);
        return new PackResult(PackageId, manifest.Version, target, manifest.Digest, false);
    }

    private PackageBuilder Build(string artifactDir, ModelManifest manifest, SemanticVersion version)
    {
        var builder = new PackageBuilder(deterministic: true)
        {
            Id = PackageId,
            Version = new NuGetVersion(version.Major, version.Minor, version.Patch, version.ReleaseLabels, version.Metadata),
            Description = manifest.Card.Description ?? $"ML model {manifest.Name} {manifest.Version}.",
            Readme = "README.md",
        };
        builder.Authors.AddRange(config.Package.Authors.Count > 0 ? config.Package.Authors : manifest.Card.Owners.DefaultIfEmpty("unknown"));
        builder.Tags.AddRange(["ml-model", "tollgate", manifest.Name]);
        if (manifest.Card.License is { Length: > 0 } license)
        {
            builder.LicenseMetadata = new LicenseMetadata(LicenseType.Expression, license, NuGetLicenseExpression.Parse(license), null, LicenseMetadata.CurrentVersion);
        }

        builder.Repository = new RepositoryMetadata("git", config.Package.RepositoryUrl ?? "", "", manifest.Lineage.Commit);
        foreach (var file in manifest.Files)
        {
            builder.AddFiles(artifactDir, file.Path, $"{ContentFolder}/{file.Path}");
        }

        builder.AddFiles(artifactDir, ModelManifest.FileName, $"{ContentFolder}/{ModelManifest.FileName}");
        builder.Files.Add(new InMemoryPackageFile("README.md", ModelCardMarkdown.Render(manifest)));
        return builder;
    }
}
