namespace Tollgate.Core.Trust;

/// <summary>The gate verdicts the promotion passed, and the digest of the full gate report.</summary>
internal sealed record AttestedGates(bool Passed, string? ReportDigest, IReadOnlyList<AttestedVerdict> Verdicts);
