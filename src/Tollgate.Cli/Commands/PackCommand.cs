using System.CommandLine;
using Tollgate.Core.Environments.Travel;
using Tollgate.Core.Oci;
using Tollgate.Core.Packaging;

namespace Tollgate.Cli.Commands;

/// <summary>
/// <c>tollgate pack</c>: the artifact as a NuGet package in the folder feed and as an OCI artifact in the
/// on-disk layout. With neither <c>--nuget</c> nor <c>--oci-layout</c> it writes both, where tollgate.yml says.
/// </summary>
internal static class PackCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var artifact = CommonOptions.Artifact();
        var nuget = new Option<bool>("--nuget") { Description = "Write the NuGet package (to --feed or package.feed)." };
        var feed = new Option<string?>("--feed") { Description = "Folder feed for the .nupkg (default: package.feed)." };
        var ociLayout = new Option<string?>("--oci-layout") { Description = "Write the OCI artifact into this image layout folder (default: package.ociLayout)." };
        var json = CommonOptions.Json();
        var command = new Command("pack", "Pack the model artifact as a versioned NuGet package and an OCI artifact.") { config, artifact, nuget, feed, ociLayout, json };
        command.SetHandler(async (parse, ct) =>
        {
            var context = CliContext.Load(parse, config);
            var dir = context.ArtifactDir(parse.GetValue(artifact));
            var both = !parse.GetValue(nuget) && parse.GetValue(ociLayout) is null;
            NuGetModelPackager.PackResult? package = null;
            OciPushResult? oci = null;
            if (both || parse.GetValue(nuget))
            {
                package = new NuGetModelPackager(context.Config).Pack(dir, parse.GetValue(feed) is { } f ? Path.GetFullPath(f) : null);
                if (package.Warning is { } warning)
                {
                    Console.Error.WriteLine(warning);
                }
            }

            if (both || parse.GetValue(ociLayout) is not null)
            {
                var layout = parse.GetValue(ociLayout) is { } l ? Path.GetFullPath(l) : context.Config.Resolve(context.Config.Package.OciLayout);
                oci = await OciLayoutPublisher.PublishAsync(dir, layout, cancellationToken: ct);
                if (Core.Trust.ModelSigner.SignatureCovering(dir) is { } signature)
                {
                    await Core.Trust.AttestationReferrers.AttachAsync(Core.Identity.ArtifactReference.Layout(layout), oci.Digest, System.Text.Encoding.UTF8.GetBytes(signature), Core.Trust.AttestationReferrers.SignatureArtifactType, ct);
                }
            }

            // Recorded only now that the bytes are written, so deployments never name a location that was never written.
            var digest = package?.ModelDigest ?? Core.Artifacts.ManifestStore.Read(dir, verifyFiles: false).Digest;
            if (package is not null)
            {
                PublishedArtifacts.Record(context.Config, digest, PublishedArtifacts.NuGet(PublishedArtifacts.Portable(context.Config, Path.GetDirectoryName(package.Path)!), package.PackageId, package.Version));
            }

            if (oci is not null)
            {
                PublishedArtifacts.Record(context.Config, digest, PublishedOci.Reference(context.Config, oci));
            }

            if (parse.GetValue(json))
            {
                var manifest = Core.Artifacts.ManifestStore.Read(dir, verifyFiles: false);
                CliContext.WriteJson(new
                {
                    name = manifest.Name,
                    version = package?.Version ?? manifest.Version,
                    digest,
                    nuget = package is null ? null : new { id = package.PackageId, version = package.Version, path = package.Path, alreadyPresent = package.AlreadyPresent },
                    oci = oci is null ? null : new { location = oci.Location, digest = oci.Digest, reference = oci.Reference, tags = oci.Tags },
                });
                return 0;
            }

            if (package is not null)
            {
                Console.WriteLine(package.AlreadyPresent
                    ? $"{package.PackageId} {package.Version} is already in the feed with the same digest: {package.Path}"
                    : $"Packed {package.PackageId} {package.Version} → {package.Path}");
            }

            if (oci is not null)
            {
                Console.WriteLine($"OCI artifact {oci.Reference} (tags: {string.Join(", ", oci.Tags)})");
            }

            return 0;
        });
        return command;
    }
}
