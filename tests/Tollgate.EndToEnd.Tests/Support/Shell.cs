namespace Tollgate.EndToEnd.Tests.Support;

/// <summary>Runs real processes (build.sh, dotnet, git) with a time limit, capturing output.</summary>
public static class Shell
{
    public static ProcessResult Run(string workingDirectory, string file, string arguments, TimeSpan? timeout = null, IDictionary<string, string>? env = null) =>
        ProcessRunner.RunCommandLine(file, arguments, workingDirectory, env, timeout);
}
