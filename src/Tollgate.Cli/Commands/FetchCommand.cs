using System.CommandLine;
using Tollgate.Core.Errors;
using Tollgate.Core.Identity;
using Tollgate.Core.Oci;

namespace Tollgate.Cli.Commands;

/// <summary>
/// <c>tollgate fetch NAME@VERSION|NAME@sha256:… --from … --output DIR</c>: pulls and verifies an artifact from OCI,
/// or (with <c>--from nuget:SOURCE</c>) a model package by exact version or range.
/// </summary>
internal static class FetchCommand
{
    public static Command Create()
    {
        var spec = new Argument<string>("model") { Description = "NAME@VERSION, NAME@sha256:<manifest digest> (OCI) or NAME@RANGE such as churn@[1.0,2.0) (NuGet)." };
        var from = new Option<string>("--from") { Description = "oci://REGISTRY/REPO, oci-layout:DIR or nuget:SOURCE (a folder or v3 index URL).", Required = true };
        var packageId = new Option<string?>("--package-id") { Description = "NuGet package id (default: package.id when NAME is the model in tollgate.yml, else NAME)." };
        var config = CommonOptions.Config();
        var output = new Option<string>("--output", "-o") { Description = "Folder to write the artifact to (must not exist or be empty).", Required = true };
        var json = CommonOptions.Json();
        var command = new Command("fetch", "Fetch a model artifact, verifying every file's digest; nothing is written unless all match.")
        {
            spec, from, output, packageId, config, json,
        };
        command.SetHandler(async (parse, ct) =>
        {
            var model = ModelSpec.Parse(parse.GetValue(spec)!);
            var source = ReferenceInput.Parse(parse.GetValue(from)!, "--from", ArtifactReferenceKind.OciRegistry, ArtifactReferenceKind.OciLayout, ArtifactReferenceKind.NuGet);
            if (source.Kind == ArtifactReferenceKind.NuGet)
            {
                return await NuGetCommands.FetchAsync(model, source, parse.GetValue(output)!, parse.GetValue(packageId), parse.GetValue(config), parse.GetValue(json), ct);
            }

            if (source.Tag is not null || source.Digest is not null)
            {
                throw new TollgateException(ErrorCodes.ArtifactReferenceInvalid, $"'{source}' (--from) pins a tag or digest; --from names only where to fetch from.",
                    $"Put what to fetch in the model spec: {model.Name}@sha256:…, {model.Name}@staging or {model.Name}@1.4.0, with --from {source.Unpinned()}.");
            }

            var reference = model.OciReference();
            var store = OciLocation.Open(source);
            try
            {
                var result = await OciFetcher.FetchAsync(store, reference, parse.GetValue(output)!, model.Name, ct);
                OciOutput.Write(
                    parse.GetValue(json),
                    result,
                    [
                        $"Fetched {result.Name} {result.Version} into {result.Output}",
                        $"  from:    {result.Reference}",
                        $"  content: {result.ContentDigest}",
                        .. result.Legacy ? new[] { OciFetchResult.LegacyNote } : [],
                    ]);
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
