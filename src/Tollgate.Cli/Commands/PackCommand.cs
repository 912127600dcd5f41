using System.CommandLine;
using Tollgate.Cli.Commands.Steps;

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
            var layout = both || parse.GetValue(ociLayout) is not null
                ? (parse.GetValue(ociLayout) is { } l ? Path.GetFullPath(l) : context.Config.Resolve(context.Config.Package.OciLayout))
                : null;
            var result = await PackStep.RunAsync(context, dir, both || parse.GetValue(nuget), parse.GetValue(feed) is { } f ? Path.GetFullPath(f) : null, layout, Console.Error.WriteLine, ct);
            if (parse.GetValue(json))
            {
                CliContext.WriteJson(result.Document());
                return 0;
            }

            foreach (var line in PackStep.Lines(result))
            {
                Console.WriteLine(line);
            }

            return 0;
        });
        return command;
    }
}
