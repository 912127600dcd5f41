namespace Cake.Tollgate.Pipeline;

/// <summary>One gate's outcome.</summary>
/// <param name="Name">Gate name, e.g. <c>auc &gt;= 0.85</c>.</param>
/// <param name="Kind">metric, baseline, schema, compliance, drift, command, performance, fairness, robustness or parity.</param>
/// <param name="Severity">fail or warn.</param>
/// <param name="Verdict">pass, fail or warn.</param>
/// <param name="Observed">The measured value, when the gate measures one.</param>
/// <param name="Threshold">The threshold as configured.</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Message">One line for humans.</param>
public sealed record TollgateGateResult(string Name, string Kind, string Severity, string Verdict, double? Observed, string Threshold, bool Passed, string Message);
