using NuGet.Packaging;
using NuGet.Packaging.Core;
using NuGet.Packaging.Licenses;
using NuGet.Versioning;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Util;

namespace Tollgate.Core.Packaging;

/// <summary>Packs a model artifact as a deterministic NuGet package into a folder feed.</summary>
/// <param name="config">The loaded tollgate.yml (<c>package:</c> names the id and the feed).</param>
public sealed class NuGetModelPackager(TollgateConfig config)
{
    /// <summary>The package folder that holds the model files.</summary>
    public const string ContentFolder = "tollgate";

    /// <summary>nuget.org's package size limit; larger models belong in an OCI registry.</summary>
    public const long NuGetOrgLimit = 250L * 1024 * 1024;

    /// <summary>What <see cref="Pack"/> wrote (or found already there).</summary>
    /// <param name="PackageId">The package id.</param>
    /// <param name="Version">The package version (the model's).</param>
    /// <param name="Path">The .nupkg in the feed.</param>
    /// <param name="ModelDigest">The packed model's content digest.</param>
    /// <param name="AlreadyPresent">True when the feed already held this package with the same model: nothing was written.</param>
    /// <param name="Warning">Set (with a TOLLGATE code) when the package exceeds <see cref="WarnAboveBytes"/>.</param>
    public sealed record PackResult(string PackageId, string Version, string Path, string ModelDigest, bool AlreadyPresent, string? Warning = null);

    /// <summary>The package id: <c>package.id</c>, else the model's name.</summary>
    public string PackageId => config.Package.Id ?? config.Model.Name;

    /// <summary>Model files at least this large are stored uncompressed (models are zips or dense tensors: deflate only costs time).</summary>
    public long StoreAboveBytes { get; init; } = 1024 * 1024;

    /// <summary>Size above which <see cref="PackResult.Warning"/> is set.</summary>
    public long WarnAboveBytes { get; init; } = NuGetOrgLimit;

    /// <summary>Verifies the artifact while streaming it into the package (one read and one hash per byte), written atomically.</summary>
    /// <param name="artifactDir">The artifact folder.</param>
    /// <param name="feedDir">The folder feed; null uses <c>package.feed</c>.</param>
    public PackResult Pack(string artifactDir, string? feedDir = null) =>
        new ModelPacker(this, feedDir, layout: null).PackAsync(artifactDir).GetAwaiter().GetResult().Package!;

    /// <summary>Where <paramref name="manifest"/>'s package goes in the feed.</summary>
    internal string TargetPath(ModelManifest manifest, string? feedDir)
    {
        var feed = feedDir ?? config.Resolve(config.Package.Feed);
        return System.IO.Path.Combine(feed, $"{PackageId}.{SemanticVersion.Parse(manifest.Version).ToNormalizedString()}.nupkg".ToLowerInvariant());
    }

    /// <summary>The package already in the feed for this version: null when there is none; refused when its model differs.</summary>
    internal PackResult? Existing(string target, ModelManifest manifest)
    {
        var existing = FolderFeed.ReadManifest(target);
        if (existing is null)
        {
            return null;
        }

        if (existing.Digest != manifest.Digest)
        {
            throw new TollgateException(ErrorCodes.PackageFailed,
                $"{target} already holds {PackageId} {SemanticVersion.Parse(manifest.Version).ToNormalizedString()} with model digest {existing.Digest}, not {manifest.Digest}.",
                "Published versions are immutable: bump model.version (or let Tollgate compute the next one) and retrain.");
        }

        return new PackResult(PackageId, manifest.Version, target, manifest.Digest, true, SizeWarning(target));
    }

    /// <summary>Files streamed into stored entries by <see cref="Write"/> rather than read by the PackageBuilder.</summary>
    internal IReadOnlyList<ArtifactFile> StoredFiles(ModelManifest manifest) => manifest.Files.Where(f => f.Size >= StoreAboveBytes).ToList();

    /// <summary>
    /// Writes the package atomically. <paramref name="copyStored"/> writes each of <see cref="StoredFiles"/> into its entry
    /// (verifying it as it goes); every entry carries the artifact's creation time, so the bytes depend only on the artifact.
    /// </summary>
    internal PackResult Write(string artifactDir, ModelManifest manifest, string target, Action<ArtifactFile, Stream> copyStored)
    {
        var stored = StoredFiles(manifest).ToDictionary(f => $"{ContentFolder}/{f.Path}", StringComparer.Ordinal);
        var builder = Build(artifactDir, manifest, SemanticVersion.Parse(manifest.Version), stored.Keys.ToHashSet(StringComparer.Ordinal));
        var built = ScratchFiles.StagingPathFor(target); // the package before its large entries are stored
        try
        {
            using (var file = File.Create(built))
            {
                builder.Save(file);
            }

            var large = stored.Values.Sum(f => f.Size) >= DirectOutputStream.MinimumBytes;
            AtomicFile.Write(target, stream =>
            {
                if (stream is not FileStream file || !large)
                {
                    StoredEntryPackageWriter.Write(built, stored, copyStored, EntryTime(manifest), stream);
                    return;
                }

                using var direct = new DirectOutputStream(file); // the model's bytes skip the page cache (see there)
                StoredEntryPackageWriter.Write(built, stored, copyStored, EntryTime(manifest), direct);
                direct.Complete();
            });
        }
        finally
        {
            File.Delete(built);
        }

        return new PackResult(PackageId, manifest.Version, target, manifest.Digest, false, SizeWarning(target));
    }

    /// <summary>The artifact's creation time (UTC, zip's 2-second precision, clamped to zip's date range) for every entry.</summary>
    private static DateTimeOffset EntryTime(ModelManifest manifest)
    {
        var utc = manifest.Created.ToUniversalTime();
        var clamped = utc.Year < 1980 ? new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero) : utc.Year > 2107 ? new DateTimeOffset(2107, 12, 31, 0, 0, 0, TimeSpan.Zero) : utc;
        return new DateTimeOffset(clamped.Year, clamped.Month, clamped.Day, clamped.Hour, clamped.Minute, clamped.Second / 2 * 2, TimeSpan.Zero);
    }

    private string? SizeWarning(string nupkg)
    {
        var size = new FileInfo(nupkg).Length;
        return size <= WarnAboveBytes ? null
            : $"warning {ErrorCodes.NuGetPackageTooLarge}: {System.IO.Path.GetFileName(nupkg)} is {size / (1024.0 * 1024):0.#} MB, above the {WarnAboveBytes / (1024.0 * 1024):0.#} MB limit of nuget.org. "
              + "Publish large models as OCI artifacts instead: tollgate push --oci REGISTRY/REPO.";
    }

    /// <param name="placeholders">Entries written as a placeholder (the file's digest) and replaced by <see cref="StoredEntryPackageWriter"/>.</param>
    private PackageBuilder Build(string artifactDir, ModelManifest manifest, SemanticVersion version, HashSet<string> placeholders)
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
            var entry = $"{ContentFolder}/{file.Path}";
            if (placeholders.Contains(entry))
            {
                builder.Files.Add(new InMemoryPackageFile(entry, file.Digest));
            }
            else
            {
                builder.AddFiles(artifactDir, file.Path, entry);
            }
        }

        builder.AddFiles(artifactDir, ModelManifest.FileName, $"{ContentFolder}/{ModelManifest.FileName}");
        builder.Files.Add(new InMemoryPackageFile("README.md", ModelCardMarkdown.Render(manifest)));
        if (Trust.ModelSigner.SignatureCovering(artifactDir) is { } signature)
        {
            builder.Files.Add(new InMemoryPackageFile(Trust.ModelSigner.PackageEntry, signature)); // OMS bundle, outside tollgate/ so extraction stays exact
        }

        builder.Files.Add(new InMemoryPackageFile(ModelPackageTargets.TypesFile(PackageId), ModelTypesSource.Render(PackageId, manifest)));
        AddRuntimeDependencies(builder, manifest);
        foreach (var folder in new[] { "build", "buildTransitive" })
        {
            var transitive = folder == "buildTransitive";
            builder.Files.Add(new InMemoryPackageFile($"{folder}/{PackageId}.props",
                transitive ? ModelPackageTargets.Import(PackageId, ".props") : ModelPackageTargets.Props(PackageId, manifest)));
            builder.Files.Add(new InMemoryPackageFile($"{folder}/{PackageId}.targets",
                transitive ? ModelPackageTargets.Import(PackageId, ".targets") : ModelPackageTargets.Targets(PackageId, manifest)));
        }

        return builder;
    }

    /// <summary>A consumer needs only the model's PackageReference: ML.NET (and the trainer's package) come with it, at the training versions.</summary>
    private static void AddRuntimeDependencies(PackageBuilder builder, ModelManifest manifest)
    {
        var dependencies = Training.MlNetPackages.Dependencies(manifest.Lineage.Trainer, manifest.Lineage.Tools)
            .Where(d => NuGetVersion.TryParse(d.Version, out _))
            .Select(d => new PackageDependency(d.Id, new VersionRange(NuGetVersion.Parse(d.Version))))
            .ToList();
        if (dependencies.Count > 0)
        {
            builder.DependencyGroups.Add(new PackageDependencyGroup(NuGet.Frameworks.NuGetFramework.AnyFramework, dependencies));
        }
    }
}
