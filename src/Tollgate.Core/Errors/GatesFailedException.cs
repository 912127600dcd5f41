namespace Tollgate.Core.Errors;

/// <summary>
/// A promotion stopped by its gates (exit code 1). Carries the verdict and the written report so front ends can
/// point at the evidence, e.g. the <c>report</c> field of the CLI's <c>--json</c> error document.
/// </summary>
public sealed class GatesFailedException(string message, string hint, string reportPath) : CheckFailedException(ErrorCodes.GateFailed, message, hint)
{
    /// <summary>Always <c>fail</c>: warn-only gates never stop a promotion.</summary>
    public string Verdict => "fail";

    /// <summary>The gate-report.json written for this run (.md, .junit.xml and .html sit next to it).</summary>
    public string ReportPath { get; } = reportPath;
}
