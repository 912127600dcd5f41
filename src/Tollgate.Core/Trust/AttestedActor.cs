namespace Tollgate.Core.Trust;

/// <summary>Who promoted, and the CI run that did it.</summary>
internal sealed record AttestedActor(string User, string? RunUrl = null);
