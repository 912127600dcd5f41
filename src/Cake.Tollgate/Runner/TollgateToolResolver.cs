using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Tollgate.Runner;

/// <summary>
/// Finds the <c>tollgate</c> CLI: explicit settings first, then <c>#tool</c> (Cake's tool locator), then the
/// repository's local tool manifest (<c>dotnet tool run tollgate</c>), then PATH. A pinned manifest wins over
/// whatever happens to be on PATH, as <c>dotnet tool run</c> would decide.
/// </summary>
public sealed class TollgateToolResolver(IFileSystem fileSystem, ICakeEnvironment environment, IToolLocator tools)
{
    private static readonly string[] ExecutableNames = ["tollgate", "tollgate.exe"];

    /// <summary>Resolves the invocation for these settings.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>How to start the CLI.</returns>
    /// <exception cref="CakeException">The CLI is nowhere to be found (TOLLGATE1550).</exception>
    public TollgateInvocation Resolve(TollgateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.CliAssemblyPath is not null)
        {
            // An in-tree build: ToolPath, when set, names the .NET host to run it with.
            var host = settings.ToolPath ?? DotNetHost();
            return new TollgateInvocation(host, settings.CliAssemblyPath.MakeAbsolute(environment), false, "CliAssemblyPath");
        }

        if (settings.ToolPath is not null)
        {
            return new TollgateInvocation(settings.ToolPath.MakeAbsolute(environment), null, false, "ToolPath");
        }

        var onPath = FindOnPath();
        var located = tools.Resolve(ExecutableNames);
        if (located is not null && (onPath is null || located.FullPath != onPath.FullPath))
        {
            return new TollgateInvocation(located, null, false, "#tool");
        }

        var workingDirectory = (settings.WorkingDirectory ?? environment.WorkingDirectory).MakeAbsolute(environment);
        if (new ToolManifestReader(fileSystem).FindCommand(workingDirectory, "tollgate") is { } manifest)
        {
            return new TollgateInvocation(DotNetHost(), null, true, $"tool manifest {manifest.FullPath}");
        }

        if (onPath is not null)
        {
            return new TollgateInvocation(onPath, null, false, "PATH");
        }

        throw new CakeException(2,
            $"error {TollgateErrorCodes.CliNotFound}: the tollgate CLI was not found (looked for #tool, a local tool manifest above {workingDirectory.FullPath}, and PATH).\n"
            + "  fix: do one of: (1) add '#tool dotnet:?package=Tollgate.Cli&version=X' to the script; "
            + "(2) pin it in the repository's tool manifest: 'dotnet new tool-manifest && dotnet tool install Tollgate.Cli' (then 'dotnet tool restore'); "
            + "(3) install it on PATH: 'dotnet tool install --global Tollgate.Cli'. Or set TollgateSettings.ToolPath / CliAssemblyPath.");
    }

    private FilePath? FindOnPath()
    {
        var separator = environment.Platform.Family == PlatformFamily.Windows ? ';' : ':';
        var directories = (environment.GetEnvironmentVariable("PATH") ?? "").Split(separator, StringSplitOptions.RemoveEmptyEntries);
        return directories
            .SelectMany(d => ExecutableNames.Select(name => new DirectoryPath(d).CombineWithFilePath(name)))
            .FirstOrDefault(fileSystem.Exist);
    }

    /// <summary>The host that runs this build (DOTNET_HOST_PATH under dotnet), so the CLI runs on the same .NET.</summary>
    private FilePath DotNetHost() =>
        environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host
            ? new FilePath(host)
            : tools.Resolve(["dotnet", "dotnet.exe"]) ?? new FilePath("dotnet");
}
