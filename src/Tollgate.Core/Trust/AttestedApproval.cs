namespace Tollgate.Core.Trust;

/// <summary>An approval the promotion counted: who, when, why.</summary>
internal sealed record AttestedApproval(string User, DateTimeOffset At, string? Comment);
