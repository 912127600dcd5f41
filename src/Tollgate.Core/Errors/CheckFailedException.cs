namespace Tollgate.Core.Errors;

/// <summary>A check or gate failed: the input was fine, the verdict is "no" (exit code 1).</summary>
/// <param name="code">The diagnostic code, e.g. TOLLGATE0301 (a gate failed).</param>
/// <param name="message">What failed.</param>
/// <param name="hint">How to fix it; null when there is nothing to say.</param>
public sealed class CheckFailedException(string code, string message, string? hint = null)
    : TollgateException(code, message, hint)
{
    /// <summary>1: the CLI's exit code for a failed check.</summary>
    public override int ExitCode => 1;

    /// <summary><c>fail</c> when gates decided (front ends show it with the report); null for other checks.</summary>
    public string? Verdict { get; init; }

    /// <summary>The gate-report.json with the evidence when gates decided (.md, .junit.xml, .html next to it).</summary>
    public string? ReportPath { get; init; }
}
