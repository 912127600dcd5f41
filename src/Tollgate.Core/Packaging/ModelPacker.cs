using Tollgate.Core.Artifacts;
using Tollgate.Core.Oci;
using Tollgate.Core.Util;

namespace Tollgate.Core.Packaging;

/// <summary>
/// <c>tollgate pack</c> in one pass over the artifact's bytes: each large model file is read once, hashed once (checked
/// against the manifest) and written once into each output that lacks it — the package's stored entry and the layout's
/// content-addressed blob — with one fsync per output file. Small files are hashed up front (cheap). Nothing is
/// published unless every byte matched: the package is staged and renamed (<see cref="AtomicFile"/>), blobs are staged
/// in <c>.tollgate/tmp</c> and renamed only after their digest was checked, and the layout's tag is written last.
/// </summary>
internal sealed class ModelPacker(NuGetModelPackager? nuget, string? feedDir, OciLayout? layout)
{
    public sealed record Result(NuGetModelPackager.PackResult? Package, OciPushResult? Oci, ModelManifest Manifest)
    {
        /// <summary>The OCI artifact written into the layout (null without a layout).</summary>
        public OciArtifact? Artifact { get; init; }
    }

    /// <summary>Tags besides the version tag for the layout.</summary>
    public IEnumerable<string>? ExtraTags { get; init; }

    /// <summary>URL of the source repository for <c>org.opencontainers.image.source</c>, if known.</summary>
    public string? Source { get; init; }

    /// <summary>Where verified digests are recorded so a later push of the unchanged artifact reads no model bytes (null: nowhere).</summary>
    public FileDigestCache? Cache { get; init; }

    public async Task<Result> PackAsync(string artifactDir, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(artifactDir);
        var manifest = ManifestStore.Read(artifactDir, verifyFiles: false);
        var target = nuget?.TargetPath(manifest, feedDir);
        var present = target is null ? null : nuget!.Existing(target, manifest);
        var writePackage = nuget is not null && present is null;
        var artifact = layout is null ? null : OciArtifactBuilder.Describe(artifactDir, manifest, Source);
        var missing = artifact is null ? [] : artifact.Layers.Where(l => !Holds(layout!, l.Descriptor)).Select(l => l.Descriptor.Digest).ToHashSet(StringComparer.Ordinal);

        // Large files that get written anywhere are verified while they are copied; every other file is hashed now.
        var stored = writePackage ? nuget!.StoredFiles(manifest) : [];
        var streamed = manifest.Files.Where(f => stored.Contains(f) || (missing.Contains(f.Digest) && f.Size >= (nuget?.StoreAboveBytes ?? 0))).ToList();
        ManifestStore.Verify(artifactDir, manifest, Cache, streamed.Select(f => f.Path).ToHashSet(StringComparer.Ordinal));
        foreach (var layer in artifact?.Layers.Where(l => !missing.Contains(l.Descriptor.Digest)) ?? [])
        {
            layout!.VerifyPresentBlob(layer.Descriptor, Cache); // a layout blob is relied on only once its bytes are known good
        }

        var blobs = new StagedBlobs(layout);
        try
        {
            var package = present;
            if (writePackage)
            {
                package = nuget!.Write(artifactDir, manifest, target!, (file, entry) => Copy(artifactDir, file, blobs.With(file, entry), blobs));
            }

            foreach (var file in manifest.Files.Where(f => missing.Contains(f.Digest) && !blobs.Holds(f.Digest)))
            {
                Copy(artifactDir, file, blobs.With(file), blobs);
            }

            var adopted = blobs.Commit(artifact);
            if (artifact is null)
            {
                return new Result(package, null, manifest);
            }

            var pushed = await OciPusher.PushAsync(artifact, layout!, ExtraTags, cancellationToken: cancellationToken);
            var oci = pushed with { UploadedBlobs = [.. adopted, .. pushed.UploadedBlobs], SkippedBlobs = [.. pushed.SkippedBlobs.Except(adopted, StringComparer.Ordinal)] };
            return new Result(package, oci, manifest) { Artifact = artifact };
        }
        finally
        {
            blobs.Dispose();
        }
    }

    private void Copy(string artifactDir, ArtifactFile file, IReadOnlyList<Stream> destinations, StagedBlobs blobs)
    {
        VerifiedCopy.Copy(artifactDir, file, destinations, Cache);
        blobs.Finished(file);
    }

    private static bool Holds(OciLayout layout, OciDescriptor blob) => new FileInfo(layout.BlobPath(blob.Digest)) is { Exists: true } file && file.Length == blob.Size;
}
