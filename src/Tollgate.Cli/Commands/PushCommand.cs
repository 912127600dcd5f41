using System.CommandLine;
using Tollgate.Core.Errors;
using Tollgate.Core.Oci;
using Tollgate.Core.Oci.Registry;

namespace Tollgate.Cli.Commands;

/// <summary><c>tollgate push --oci REGISTRY/REPO</c>: uploads an artifact (blobs first, manifest last) and tags it with its version.</summary>
internal static class PushCommand
{
    public static Command Create()
    {
        var oci = new Option<string?>("--oci") { Description = "Registry repository to push to, e.g. 127.0.0.1:5000/models/churn (oci-layout:DIR writes a layout)." };
        var config = CommonOptions.Config();
        var artifact = CommonOptions.Artifact();
        var tags = new Option<string[]>("--tag") { Description = "Extra tags besides the version (repeatable), e.g. staging." };
        var source = new Option<string?>("--source") { Description = "Source repository URL for org.opencontainers.image.source." };
        var mountFrom = new Option<string?>("--mount-from") { Description = "Repository on the same registry to mount existing blobs from." };
        var json = CommonOptions.Json();
        var command = new Command("push", "Push a model artifact to an OCI registry (credentials: TOLLGATE_OCI_USERNAME/PASSWORD or ~/.docker/config.json).")
        {
            oci, config, artifact, tags, source, mountFrom, json,
        };
        command.SetHandler(async (parse, ct) =>
        {
            var target = parse.GetValue(oci)
                ?? throw new TollgateException(ErrorCodes.OciReferenceInvalid, "No push target given.", "Pass --oci REGISTRY/REPO.");
            var dir = parse.GetValue(artifact) is { } a ? Path.GetFullPath(a) : CliContext.Load(parse, config).ArtifactDir(null);
            var built = OciArtifactBuilder.Build(dir, parse.GetValue(source));
            var store = OciLocation.Open(target, new RegistryOptions { MountFrom = parse.GetValue(mountFrom) });
            try
            {
                var result = await OciPusher.PushAsync(built, store, parse.GetValue(tags), cancellationToken: ct);
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
}
