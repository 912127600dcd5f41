namespace Cake.Tollgate.Runner;

/// <summary>
/// The CLI refused or a check failed: <see cref="ExitCode"/> is the CLI's (1: a check or gate failed, 2: bad input);
/// <see cref="Code"/> is the stable TOLLGATE code, documented under docs/errors/. Throwing it fails the Cake task.
/// </summary>
public sealed class TollgateCommandException : Exception
{
    /// <summary>Creates the exception from the CLI's error document.</summary>
    /// <param name="command">The command words, e.g. <c>promote</c>.</param>
    /// <param name="exitCode">The CLI's exit code.</param>
    /// <param name="code">The TOLLGATE code, when the CLI named one.</param>
    /// <param name="reason">What went wrong.</param>
    /// <param name="fix">How to fix it, when known.</param>
    /// <param name="verdict">The gates' verdict (<c>fail</c>) when gates decided.</param>
    /// <param name="reportPath">The gate report with the evidence, when gates decided.</param>
    public TollgateCommandException(string command, int exitCode, string? code, string reason, string? fix, string? verdict, string? reportPath)
        : base(Describe(command, exitCode, code, reason, fix, reportPath))
    {
        Command = command;
        ExitCode = exitCode;
        Code = code;
        Reason = reason;
        Fix = fix;
        Verdict = verdict;
        ReportPath = reportPath;
    }

    /// <summary>The command that failed, e.g. <c>promote</c>.</summary>
    public string Command { get; }

    /// <summary>The CLI's exit code: 1 a check or gate failed, 2 usage or input error.</summary>
    public int ExitCode { get; }

    /// <summary>The stable code, e.g. <c>TOLLGATE0301</c> (promotion edge); null when the CLI named none.</summary>
    public string? Code { get; }

    /// <summary>The CLI's message, without code or fix.</summary>
    public string Reason { get; }

    /// <summary>How to fix it.</summary>
    public string? Fix { get; }

    /// <summary><c>fail</c> when gates stopped the command; otherwise null.</summary>
    public string? Verdict { get; }

    /// <summary>gate-report.json of the failed gates (.html, .md, .junit.xml next to it); otherwise null.</summary>
    public string? ReportPath { get; }

    private static string Describe(string command, int exitCode, string? code, string reason, string? fix, string? reportPath) =>
        $"tollgate {command} failed (exit code {exitCode}): {(code is null ? "" : $"error {code}: ")}{reason}"
        + (fix is null ? "" : $"\n  fix: {fix}")
        + (reportPath is null ? "" : $"\n  report: {reportPath}");
}
