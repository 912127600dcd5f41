namespace Tollgate.Core.Trust;

/// <summary>An approval the promotion counted: who, when, why.</summary>
public sealed record AttestedApproval(string User, DateTimeOffset At, string? Comment);
