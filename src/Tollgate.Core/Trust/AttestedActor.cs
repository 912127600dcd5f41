namespace Tollgate.Core.Trust;

/// <summary>Who promoted, and the CI run that did it.</summary>
public sealed record AttestedActor(string User, string? RunUrl = null);
