using Tollgate.Core.Artifacts;
using Tollgate.Core.Environments.Travel;
using Tollgate.Core.Oci;
using Tollgate.Core.Packaging;

namespace Tollgate.Cli.Commands.Steps;

/// <summary>
/// What <c>tollgate pack</c> does, shared with <c>tollgate pipeline</c>: the NuGet package and/or the OCI artifact,
/// then the published locations recorded (only once the bytes are written). Writes nothing to the console.
/// </summary>
internal static class PackStep
{
    public sealed record Result(NuGetModelPackager.PackResult? Package, OciPushResult? Oci, ModelManifest Manifest)
    {
        public string Digest => Package?.ModelDigest ?? Manifest.Digest;

        /// <summary>The document both commands write under --json.</summary>
        public object Document() => new
        {
            name = Manifest.Name,
            version = Package?.Version ?? Manifest.Version,
            digest = Digest,
            nuget = Package is null ? null : new { id = Package.PackageId, version = Package.Version, path = Package.Path, alreadyPresent = Package.AlreadyPresent },
            oci = Oci is null ? null : new { location = Oci.Location, digest = Oci.Digest, reference = Oci.Reference, tags = Oci.Tags },
        };
    }

    /// <param name="context">The loaded config and backend.</param>
    /// <param name="dir">The artifact folder.</param>
    /// <param name="nugetFeed">Pack the NuGet package into this folder feed (null: package.feed); only when <paramref name="nuget"/>.</param>
    /// <param name="nuget">Write the NuGet package.</param>
    /// <param name="ociLayout">Write the OCI artifact into this layout (null: no OCI artifact).</param>
    /// <param name="warn">Where a packaging warning goes (the command prints it on stderr).</param>
    public static async Task<Result> RunAsync(CliContext context, string dir, bool nuget, string? nugetFeed, string? ociLayout, Action<string> warn, CancellationToken ct)
    {
        var packager = nuget ? new NuGetModelPackager(context.Config) : null;
        var layout = ociLayout is null ? null : new OciLayout(ociLayout);

        // One pass over the model bytes for both outputs; the digests it verifies let a later push skip re-hashing.
        var packed = await new ModelPacker(packager, nugetFeed, layout) { Cache = FileDigestCache.Default() }.PackAsync(dir, ct);
        var (package, oci) = (packed.Package, packed.Oci);
        if (package?.Warning is { } warning)
        {
            warn(warning);
        }

        if (oci is not null && Core.Trust.ModelSigner.SignatureCovering(dir) is { } signature)
        {
            await Core.Trust.AttestationReferrers.AttachAsync(Core.Identity.ArtifactReference.Layout(layout!.Root), oci.Digest, System.Text.Encoding.UTF8.GetBytes(signature), Core.Trust.AttestationReferrers.SignatureArtifactType, ct);
        }

        // Recorded only now that the bytes are written, so deployments never name a location that was never written.
        var manifest = packed.Manifest;
        var digest = manifest.Digest;
        if (package is not null)
        {
            PublishedArtifacts.Record(context.Config, digest, PublishedArtifacts.NuGet(PublishedArtifacts.Portable(context.Config, Path.GetDirectoryName(package.Path)!), package.PackageId, package.Version));
        }

        if (oci is not null)
        {
            PublishedArtifacts.Record(context.Config, digest, PublishedOci.Reference(context.Config, oci));
        }

        return new Result(package, oci, manifest);
    }

    /// <summary>The lines <c>tollgate pack</c> prints without --json.</summary>
    public static IEnumerable<string> Lines(Result result)
    {
        if (result.Package is { } package)
        {
            yield return package.AlreadyPresent
                ? $"{package.PackageId} {package.Version} is already in the feed with the same digest: {package.Path}"
                : $"Packed {package.PackageId} {package.Version} → {package.Path}";
        }

        if (result.Oci is { } oci)
        {
            yield return $"OCI artifact {oci.Reference} (tags: {string.Join(", ", oci.Tags)})";
        }
    }
}
