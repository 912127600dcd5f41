using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Tollgate.Core.Config;

namespace Tollgate.Core.Gates;

/// <summary>The <c>command</c> gate: runs a user command (no shell) for checks Tollgate does not know; exit 0 passes.</summary>
internal sealed class CommandGate(GateSection section) : IGate
{
    public string Kind => "command";

    public async Task<GateResult> EvaluateAsync(GateContext context, CancellationToken cancellationToken)
    {
        var options = section.Command!;
        if (string.IsNullOrWhiteSpace(options.Run))
        {
            throw new TollgateException(ErrorCodes.GateInvalid, $"environments[{context.Environment.Name}].gates: command.run is empty.", "Name the program to run, e.g. run: dotnet, args: [test, tests/Smoke].");
        }

        var info = new ProcessStartInfo(options.Run)
        {
            WorkingDirectory = context.Config.Resolve(options.WorkingDirectory ?? "."),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        options.Args.ForEach(info.ArgumentList.Add);
        info.Environment["TOLLGATE_CANDIDATE_DIR"] = context.CandidateDir;
        info.Environment["TOLLGATE_CANDIDATE_DIGEST"] = context.Candidate.Digest;
        info.Environment["TOLLGATE_ENVIRONMENT"] = context.Environment.Name;
        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new TollgateException(ErrorCodes.GateInvalid, $"command gate: cannot start '{options.Run}': {ex.Message}", "Check command.run names an installed program.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            timedOut = true;
        }

        var commandLine = string.Join(' ', new[] { options.Run }.Concat(options.Args));
        var passed = !timedOut && process.ExitCode == 0;
        var tail = string.Join('\n', output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(20));
        var message = timedOut
            ? $"command gate '{commandLine}' timed out after {options.TimeoutSeconds} s"
            : $"command gate '{commandLine}' {(passed ? "passed" : "failed")} with exit code {process.ExitCode}";
        return new GateResult(section.Name ?? $"command: {commandLine}", Kind, section.Severity, timedOut ? null : process.ExitCode, "exit code 0", passed, message)
        {
            Inputs = new Dictionary<string, string> { ["command"] = commandLine },
            Evidence = new JsonObject { ["outputTail"] = tail },
        };
    }
}
