namespace Cake.Tollgate.Pipeline;

/// <summary>The gates' verdict on a candidate and the reports written (<c>tollgate validate --json</c>).</summary>
/// <param name="Passed">True when no gate with severity fail failed.</param>
/// <param name="Verdict"><c>pass</c> or <c>fail</c>.</param>
/// <param name="Report">gate-report.json.</param>
/// <param name="ReportDigest">sha256 of gate-report.json (recorded with a deployment).</param>
/// <param name="Markdown">gate-report.md.</param>
/// <param name="JUnit">gate-report.junit.xml.</param>
/// <param name="Html">gate-report.html.</param>
/// <param name="Summary">One line, e.g. <c>5 passed, 0 failed, 1 warning</c>.</param>
/// <param name="Gates">Every gate, in configuration order.</param>
/// <param name="Reused">True when the gates did not run: a passing report with unchanged inputs was reused.</param>
public sealed record TollgateValidateResult(
    bool Passed, string Verdict, string Report, string ReportDigest, string Markdown, string JUnit, string Html, string Summary, IReadOnlyList<TollgateGateResult> Gates, bool Reused = false);
