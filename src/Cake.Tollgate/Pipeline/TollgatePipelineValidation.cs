namespace Cake.Tollgate.Pipeline;

/// <summary>The validation step of <c>tollgate pipeline --json</c>.</summary>
/// <param name="Environment">Whose gates checked the candidate.</param>
/// <param name="Skipped">True when the candidate already ran there, so no gate ran and no report was written.</param>
/// <param name="Passed">True when no gate with severity fail failed (also true when skipped).</param>
/// <param name="Verdict"><c>pass</c> or <c>fail</c>.</param>
/// <param name="Reused">True when the gates did not run (a passing report with unchanged inputs, or skipped).</param>
/// <param name="Report">gate-report.json; null when skipped.</param>
/// <param name="Html">gate-report.html; null when skipped.</param>
/// <param name="Summary">One line, e.g. <c>5/5 gates passed</c>; null when skipped.</param>
/// <param name="Gates">Every gate, in configuration order; null when skipped.</param>
public sealed record TollgatePipelineValidation(
    string Environment, bool Skipped, bool Passed, string Verdict, bool Reused, string? Report, string? Html, string? Summary, IReadOnlyList<TollgateGateResult>? Gates);
