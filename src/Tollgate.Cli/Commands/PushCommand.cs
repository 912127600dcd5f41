using System.CommandLine;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Errors;
using Tollgate.Core.Environments.Travel;
using Tollgate.Core.Identity;
using Tollgate.Core.Oci;
using Tollgate.Core.Oci.Registry;
using Tollgate.Core.Packaging;
using Tollgate.Core.Util;

namespace Tollgate.Cli.Commands;

/// <summary>
/// <c>tollgate push --oci REGISTRY/REPO</c>: uploads an artifact (blobs first, manifest last) and tags it with its version;
/// <c>tollgate push --nuget-source SOURCE</c>: packs it as a model package and pushes it to a folder or NuGet v3 feed.
/// </summary>
internal static class PushCommand
{
    public static Command Create()
    {
        var oci = new Option<string?>("--oci") { Description = "Registry repository to push to, e.g. oci://127.0.0.1:5000/models/churn (oci-layout:DIR writes a layout)." };
        var config = CommonOptions.Config();
        var artifact = CommonOptions.Artifact();
        var tags = new Option<string[]>("--tag") { Description = "Extra tags besides the version (repeatable), e.g. staging." };
        var source = new Option<string?>("--source") { Description = "Source repository URL for org.opencontainers.image.source." };
        var mountFrom = new Option<string?>("--mount-from") { Description = "Repository on the same registry to mount existing blobs from." };
        var nugetSource = new Option<string?>("--nuget-source") { Description = "NuGet feed to push the model package to: a folder or a v3 index URL." };
        var apiKeyVariable = new Option<string?>("--api-key-variable") { Description = "Environment variable holding the NuGet API key (default: package.apiKeyVariable, else NUGET_API_KEY)." };
        var json = CommonOptions.Json();
        var command = new Command("push", "Push a model artifact to an OCI registry (credentials: TOLLGATE_OCI_USERNAME/PASSWORD or ~/.docker/config.json) or a NuGet feed.")
        {
            oci, nugetSource, config, artifact, tags, source, mountFrom, apiKeyVariable, json,
        };
        command.SetHandler(async (parse, ct) =>
        {
            StartupTrace.Mark("push handler");
            var (target, feed) = (parse.GetValue(oci), parse.GetValue(nugetSource));
            if ((target is null) == (feed is null))
            {
                throw new TollgateException(ErrorCodes.ArtifactReferenceInvalid, "Give exactly one push target: --oci oci://REGISTRY/REPO (or oci-layout:DIR) or --nuget-source SOURCE.",
                    "Examples: tollgate push --oci oci://127.0.0.1:5000/models/churn, tollgate push --nuget-source artifacts/feed");
            }

            var location = target is null ? null : ReferenceInput.Parse(target, "--oci", ArtifactReferenceKind.OciRegistry, ArtifactReferenceKind.OciLayout);
            if (feed is not null)
            {
                var artifactDir = parse.GetValue(artifact) is { } p ? Path.GetFullPath(p) : CliContext.Load(parse, config).ArtifactDir(null);
                return await NuGetCommands.PushAsync(feed, artifactDir, NuGetCommands.ConfigFor(parse.GetValue(config), artifactDir), parse.GetValue(apiKeyVariable), parse.GetValue(json), ct);
            }

            var dir = parse.GetValue(artifact) is { } a ? Path.GetFullPath(a) : CliContext.Load(parse, config).ArtifactDir(null);
            var store = OciLocation.Open(location!.Unpinned(), new RegistryOptions { MountFrom = parse.GetValue(mountFrom) });
            try
            {
                var (result, built, digest) = await PushOciAsync(dir, store, parse.GetValue(tags), parse.GetValue(source), ct);
                StartupTrace.Mark("pushed");
                if (Core.Trust.ModelSigner.SignatureCovering(dir) is { } signature)
                {
                    // The OMS signature follows the model as a referrer (fallback tag sha256-<hex> where there is no referrers API).
                    await OciReferrers.AttachAsync(store, new OciDescriptor(OciMediaTypes.ImageManifest, result.Digest, built.ManifestBytes.Length),
                        Core.Trust.AttestationReferrers.SignatureArtifactType, System.Text.Encoding.UTF8.GetBytes(signature), new Dictionary<string, string>(), ct);
                }

                StartupTrace.Mark("signature checked");
                if (ProjectRootIfAny(parse.GetValue(config)) is { } root)
                {
                    PublishedArtifacts.Record(root, digest, PublishedOci.Reference(root, result));
                }

                StartupTrace.Mark("publication recorded");
                OciOutput.Write(
                    parse.GetValue(json),
                    result,
                    $"Pushed {result.Name} {result.Version} to {result.Location}",
                    $"  digest: {result.Digest}",
                    $"  tags:   {string.Join(", ", result.Tags)}",
                    $"  blobs:  {result.UploadedBlobs.Count} uploaded, {result.SkippedBlobs.Count} already present, {result.MountedBlobs.Count} mounted");
                return 0;
            }
            finally
            {
                (store as IDisposable)?.Dispose();
            }
        });
        return command;
    }

    /// <summary>
    /// A layout is written like <c>tollgate pack</c> writes it (<see cref="ModelPacker"/>: each model byte read, hashed and
    /// written once); a registry gets the verified artifact blob by blob. Files unchanged since Tollgate hashed them (same
    /// inode, size, mtime and ctime) are not re-read: see docs/oci.md. Returns the artifact's content digest too.
    /// </summary>
    private static async Task<(OciPushResult Result, OciArtifact Artifact, string Digest)> PushOciAsync(string dir, IOciStore store, string[]? tags, string? source, CancellationToken ct)
    {
        var cache = FileDigestCache.Default();
        if (store is OciLayout layout)
        {
            var packed = await new ModelPacker(nuget: null, feedDir: null, layout) { ExtraTags = tags, Source = source, Cache = cache }.PackAsync(dir, ct);
            return (packed.Oci!, packed.Artifact!, packed.Manifest.Digest);
        }

        var verified = VerifiedArtifact.Load(dir, cache);
        var built = OciArtifactBuilder.Build(verified, source);
        StartupTrace.Mark("artifact verified and described");
        return (await OciPusher.PushAsync(built, store, tags, cancellationToken: ct), built, verified.Digest);
    }

    /// <summary>
    /// The folder of tollgate.yml when there is one (publications are recorded next to it); pushing works without it.
    /// The file is located, not parsed: push takes everything else from its command line, so it loads no YAML.
    /// </summary>
    private static string? ProjectRootIfAny(string? path)
    {
        try
        {
            var root = Path.GetDirectoryName(ConfigLoader.Locate(path))!;
            ScratchFiles.CleanDeadRuns(root); // as every command with a config does (see CliContext)
            return root;
        }
        catch (TollgateException ex) when (path is null && ex.Code == ErrorCodes.ConfigNotFound)
        {
            return null;
        }
    }
}
