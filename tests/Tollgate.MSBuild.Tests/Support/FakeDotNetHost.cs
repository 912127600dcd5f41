namespace Tollgate.MSBuild.Tests.Support;

/// <summary>
/// A temp folder with a stand-in for the dotnet host (a shell script that prints what the real CLI would and
/// records its arguments) and a placeholder Tollgate.Cli.dll, so the real ToolTask process path is exercised.
/// </summary>
internal sealed class FakeDotNetHost : IDisposable
{
    public FakeDotNetHost(string stdout = "", string stderr = "", int exitCode = 0)
    {
        Directory.CreateDirectory(Root);
        File.WriteAllText(CliPath, "placeholder");
        File.WriteAllText(HostPath, $"""
            #!/bin/sh
            printf '%s\n' "$*" > "{ArgumentsFile}"
            printf '{stdout}'
            printf '{stderr}' >&2
            exit {exitCode}
            """.ReplaceLineEndings("\n"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(HostPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string Root { get; } = TestTemp.NewFolder("msbuild");

    public string HostPath => Path.Combine(Root, "dotnet");

    public string CliPath => Path.Combine(Root, "Tollgate.Cli.dll");

    public string ArgumentsFile => Path.Combine(Root, "args.txt");

    public string Arguments => File.ReadAllText(ArgumentsFile).Trim();

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
