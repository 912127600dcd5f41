using System.CommandLine;
using Tollgate.Core.Packaging;

namespace Tollgate.Cli.Commands;

/// <summary><c>tollgate pack</c>: pack the artifact as a NuGet package into the folder feed.</summary>
internal static class PackCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var artifact = CommonOptions.Artifact();
        var feed = new Option<string?>("--feed") { Description = "Folder feed to write the .nupkg to (default: package.feed from tollgate.yml)." };
        var json = CommonOptions.Json();
        var command = new Command("pack", "Pack the model artifact as a versioned NuGet package.") { config, artifact, feed, json };
        command.SetHandler(parse =>
        {
            var context = CliContext.Load(parse, config);
            var result = new NuGetModelPackager(context.Config).Pack(context.ArtifactDir(parse.GetValue(artifact)), parse.GetValue(feed) is { } f ? Path.GetFullPath(f) : null);
            if (parse.GetValue(json))
            {
                CliContext.WriteJson(new { nuget = new { id = result.PackageId, version = result.Version, path = result.Path }, digest = result.ModelDigest, result.AlreadyPresent });
            }
            else
            {
                Console.WriteLine(result.AlreadyPresent
                    ? $"{result.PackageId} {result.Version} is already in the feed with the same digest: {result.Path}"
                    : $"Packed {result.PackageId} {result.Version} → {result.Path}");
            }

            return 0;
        });
        return command;
    }
}
