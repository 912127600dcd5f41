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
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Tollgate.Cli.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        // The local ledger, whatever the machine running the tests has set.
        info.Environment["GITHUB_TOKEN"] = "";
        info.Environment["GITHUB_REPOSITORY"] = "";
        info.Environment["GITHUB_ACTIONS"] = "";
        info.Environment["DOTNET_TieredPGO"] = "0"; // short-lived processes: skip instrumentation
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var err = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"tollgate {string.Join(' ', args)} did not finish within 2 minutes");
        }

        return new Result(process.ExitCode, output.GetAwaiter().GetResult(), err.GetAwaiter().GetResult());
    }
}
