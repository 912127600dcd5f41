using System.Diagnostics;
using System.Text;

namespace Tollgate.TestSupport;

/// <summary>
/// Runs a real process (the CLI, git, skopeo, dotnet, build.sh) to its end with a time limit and returns its exit
/// code and output. The one process runner of the test projects; the named helpers (<c>CliProcess</c>,
/// <c>RealTools</c>, <c>Shell</c>, <c>GitRemote</c>) only choose the program and its environment.
/// </summary>
public static class ProcessRunner
{
    /// <summary>The default time limit: generous, since eight engineers share two cores.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(8);

    /// <summary>Runs <paramref name="file"/> with each argument passed as is (no shell quoting).</summary>
    public static ProcessResult Run(string file, IEnumerable<string> args, string? workingDirectory = null, IEnumerable<KeyValuePair<string, string>>? environment = null, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo(file);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        return Run(info, workingDirectory, environment, timeout);
    }

    /// <summary>Runs <paramref name="file"/> with a command line as a user would type it.</summary>
    public static ProcessResult RunCommandLine(string file, string arguments, string? workingDirectory = null, IEnumerable<KeyValuePair<string, string>>? environment = null, TimeSpan? timeout = null) =>
        Run(new ProcessStartInfo(file, arguments), workingDirectory, environment, timeout);

    private static ProcessResult Run(ProcessStartInfo info, string? workingDirectory, IEnumerable<KeyValuePair<string, string>>? environment, TimeSpan? timeout)
    {
        info.WorkingDirectory = workingDirectory ?? "";
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? [])
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{info.FileName} {Describe(info)} did not finish within {limit}.\n{Text(output)}\n{Text(error)}");
        }

        process.WaitForExit(); // drains the output events
        return new ProcessResult(process.ExitCode, Text(output), Text(error));
    }

    private static void Append(StringBuilder sink, string? line)
    {
        if (line is not null)
        {
            lock (sink)
            {
                sink.AppendLine(line);
            }
        }
    }

    private static string Text(StringBuilder sink)
    {
        lock (sink)
        {
            return sink.ToString();
        }
    }

    private static string Describe(ProcessStartInfo info) => info.ArgumentList.Count > 0 ? string.Join(' ', info.ArgumentList) : info.Arguments;
}
