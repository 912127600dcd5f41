using System.Diagnostics;

namespace Tollgate.Cli.Tests.Crash;

/// <summary>Runs the real <c>tollgate</c> CLI as its own process (so it can be killed like a user's would be).</summary>
internal static class CliProcess
{
    /// <summary>Exit code of a process killed with SIGKILL (128 + 9).</summary>
    public const int Killed = 137;

    public sealed record Result(int ExitCode, string Out, string Err)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Err}";
    }

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var result = ProcessRunner.Run("dotnet", ["exec", CliAssembly, .. args], workingDirectory, Variables(environment), TimeSpan.FromMinutes(2));
        return new Result(result.ExitCode, result.Output, result.Error);
    }

    /// <summary>Starts the CLI and returns at once, for tests that race or kill it; the caller reads and disposes it.</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "exec", CliAssembly }.Concat(args))
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (key, value) in Variables(environment))
        {
            info.Environment[key] = value;
        }

        return Process.Start(info)!;
    }

    /// <summary>The CLI built next to the tests.</summary>
    public static string CliAssembly => Path.Combine(AppContext.BaseDirectory, "Tollgate.Cli.dll");

    private static Dictionary<string, string> Variables(IReadOnlyDictionary<string, string>? extra)
    {
        // The local ledger, whatever the machine running the tests has set.
        var variables = new Dictionary<string, string>
        {
            ["GITHUB_TOKEN"] = "",
            ["GITHUB_REPOSITORY"] = "",
            ["GITHUB_ACTIONS"] = "",
            ["DOTNET_TieredPGO"] = "0", // short-lived processes: skip instrumentation
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            variables[key] = value;
        }

        return variables;
    }
}
