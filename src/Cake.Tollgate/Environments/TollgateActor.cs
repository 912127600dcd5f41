namespace Cake.Tollgate.Environments;

/// <summary>Who did it.</summary>
/// <param name="User">User name (GITHUB_ACTOR in Actions, else the OS user).</param>
/// <param name="RunUrl">The CI run, when there was one.</param>
public sealed record TollgateActor(string User, string? RunUrl);
