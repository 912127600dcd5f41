namespace Cake.Tollgate.Tests.Support;

/// <summary>Repository paths and a process helper for the real-Cake tests.</summary>
internal static class Repo
{
    public static string Root => RepositoryRoot.Path;

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
}
