using Tollgate.Core.Reports;

namespace Tollgate.Core.Gates;

/// <summary>The gates' verdict on a candidate and where its reports were written.</summary>
/// <param name="Reused">True when the gates did not run because an earlier passing report had the same inputs.</param>
public sealed record ValidationResult(GateReport Report, ReportWriter.Written Reports, bool Reused = false)
{
    public bool Passed => Report.Passed;

    /// <summary><c>pass</c>, or <c>fail</c> when a gate with severity fail did not pass.</summary>
    public string Verdict => Report.Passed ? "pass" : "fail";
}
