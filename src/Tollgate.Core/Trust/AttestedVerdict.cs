namespace Tollgate.Core.Trust;

/// <summary>One gate: verdict (pass, fail, warn), observed value and threshold.</summary>
internal sealed record AttestedVerdict(string Name, string Kind, string Verdict, string Severity, double? Observed, string Threshold);
