namespace Tollgate.Core.Gates;

/// <summary>The verdict of one gate: what was observed against which threshold.</summary>
public sealed record GateResult(string Name, string Kind, string Severity, double? Observed, string Threshold, bool Passed, string Message);
