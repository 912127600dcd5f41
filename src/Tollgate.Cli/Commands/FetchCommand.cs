using System.CommandLine;
using Tollgate.Core.Oci;

namespace Tollgate.Cli.Commands;

/// <summary><c>tollgate fetch NAME@VERSION|NAME@sha256:… --from … --output DIR</c>: pulls and verifies an artifact.</summary>
internal static class FetchCommand
{
    public static Command Create()
    {
        var spec = new Argument<string>("model") { Description = "NAME@VERSION or NAME@sha256:<manifest digest>." };
        var from = new Option<string>("--from") { Description = "oci://REGISTRY/REPO or oci-layout:DIR.", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Folder to write the artifact to (must not exist or be empty).", Required = true };
        var json = CommonOptions.Json();
        var command = new Command("fetch", "Fetch a model artifact, verifying every file's digest; nothing is written unless all match.")
        {
            spec, from, output, json,
        };
        command.SetHandler(async (parse, ct) =>
        {
            var model = OciModelSpec.Parse(parse.GetValue(spec)!);
            var store = OciLocation.Open(parse.GetValue(from)!);
            try
            {
                var result = await OciFetcher.FetchAsync(store, model.Reference, parse.GetValue(output)!, model.Name, ct);
                OciOutput.Write(
                    parse.GetValue(json),
                    result,
                    $"Fetched {result.Name} {result.Version} into {result.Output}",
                    $"  from:    {result.Reference}",
                    $"  content: {result.ContentDigest}");
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
