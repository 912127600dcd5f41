using System.Diagnostics;

namespace Tollgate.Core.Environments.Git;

/// <summary>
/// Runs the real <c>git</c> executable in one repository. Plumbing only (fetch, cat-file, hash-object, mktree,
/// commit-tree, push): nothing here checks out, commits to a branch or writes the work tree.
/// </summary>
internal sealed class GitCli(string workingDirectory)
{
    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>Runs git; returns exit code, stdout and stderr (never throws for a non-zero exit).</summary>
    public GitResult Run(IEnumerable<string> arguments, string? input = null)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Ledger commits are Tollgate's records, not the user's: a fixed identity works on agents with no git config,
        // and prompts are disabled so a missing credential fails instead of hanging the job.
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Tollgate";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "tollgate@localhost";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("git did not start");
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new TollgateException(ErrorCodes.GitLedgerUnavailable, $"Could not run git for the git-backed ledger: {ex.Message}.",
                "Install git and put it on PATH, or use backend.kind: local.", ex);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                process.StandardInput.Write(input);
            }

            process.StandardInput.Close();
            process.WaitForExit();
            return new GitResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
        }
    }

    /// <summary>Runs git and returns trimmed stdout; a failure becomes <see cref="ErrorCodes.GitLedgerUnavailable"/>.</summary>
    public string Require(string what, IEnumerable<string> arguments, string? input = null)
    {
        var result = Run(arguments, input);
        if (result.ExitCode != 0)
        {
            throw Unavailable(what, result);
        }

        return result.Output.Trim();
    }

    public TollgateException Unavailable(string what, GitResult result) => new(
        ErrorCodes.GitLedgerUnavailable,
        $"git could not {what} in '{WorkingDirectory}' (exit {result.ExitCode}): {FirstLine(result.Error)}",
        "Check that the folder of tollgate.yml is a clone whose remote (backend.remote) is reachable with the job's credentials, or use backend.kind: local.");

    // Remote URLs may carry credentials (https://user:token@host/…); they never reach the output.
    private static string FirstLine(string text) => System.Text.RegularExpressions.Regex.Replace(
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message",
        "://[^/@\\s]+@", "://***@");
}
