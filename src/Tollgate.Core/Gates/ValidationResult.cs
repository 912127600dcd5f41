using Tollgate.Core.Environments;
using Tollgate.Core.Reports;

namespace Tollgate.Core.Gates;

/// <summary>The gates' verdict on a candidate and where its reports were written.</summary>
public sealed record ValidationResult
{
    /// <param name="report">The gate report.</param>
    /// <param name="reports">The report files written (or kept).</param>
    /// <param name="reused">True when the gates did not run because an earlier passing report had the same inputs.</param>
    internal ValidationResult(GateReport report, ReportWriter.Written reports, bool reused = false) =>
        (Report, Reports, Reused) = (report, reports, reused);

    /// <summary>Every gate's verdict (internal: the CLI renders it; embedders read the summary members).</summary>
    internal GateReport Report { get; init; }

    /// <summary>Paths of the JSON, Markdown, JUnit and HTML reports and the JSON report's digest.</summary>
    internal ReportWriter.Written Reports { get; init; }

    /// <summary>True when the gates did not run because an earlier passing report had the same inputs.</summary>
    public bool Reused { get; init; }

    /// <summary>True when no gate of severity <c>fail</c> failed (warnings never block).</summary>
    public bool Passed => Report.Passed;

    /// <summary><c>pass</c>, or <c>fail</c> when a gate with severity fail did not pass.</summary>
    public string Verdict => Report.Passed ? "pass" : "fail";

    /// <summary>One line: how many gates passed, and the failing gates' messages.</summary>
    public string Summary => Report.Summary;

    /// <summary>The environment the candidate was validated for.</summary>
    public string Environment => Report.Environment;

    /// <summary>The candidate model version.</summary>
    public ModelRef Candidate => Report.Candidate;

    /// <summary>The JSON gate report (<c>gate-report.json</c>); its Markdown, JUnit and HTML siblings are in the same folder.</summary>
    public string ReportPath => Reports.Json;

    /// <summary>Each gate's name with its verdict (<c>pass</c>, <c>warn</c> or <c>fail</c>), in evaluation order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Gates => [.. Report.Gates.Select(g => KeyValuePair.Create(g.Name, g.Verdict))];

    internal void Deconstruct(out GateReport report, out ReportWriter.Written reports, out bool reused) =>
        (report, reports, reused) = (Report, Reports, Reused);
}
