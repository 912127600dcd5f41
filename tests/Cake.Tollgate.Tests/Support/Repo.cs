namespace Cake.Tollgate.Tests.Support;

/// <summary>Repository paths and a process helper for the real-Cake tests.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration these tests were built in (Debug/Release), to find the matching CLI build.</summary>
    public static string Configuration =>
        TestContext.CurrentContext.TestDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public static string CliAssembly => Path.Combine(Root, "src", "Tollgate.Cli", "bin", Configuration, "net10.0", "Tollgate.Cli.dll");

    public static (int ExitCode, string Output) Run(string workingDirectory, string file, string arguments, TimeSpan timeout)
    {
        // NO_COLOR: Cake highlights interpolated values with ANSI escapes otherwise.
        var result = ProcessRunner.RunCommandLine(file, arguments, workingDirectory, new Dictionary<string, string> { ["NO_COLOR"] = "1" }, timeout);
        return (result.ExitCode, result.All);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Kit.sln not found above the test output folder.");
    }
}
