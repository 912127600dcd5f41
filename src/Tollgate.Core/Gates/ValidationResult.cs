using Tollgate.Core.Reports;

namespace Tollgate.Core.Gates;

/// <summary>The gates' verdict on a candidate and where its reports were written.</summary>
public sealed record ValidationResult(GateReport Report, ReportWriter.Written Reports)
{
    public bool Passed => Report.Passed;

    /// <summary><c>pass</c>, or <c>fail</c> when a gate with severity fail did not pass.</summary>
    public string Verdict => Report.Passed ? "pass" : "fail";
}
