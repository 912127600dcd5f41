namespace Cake.Tollgate.Environments;

/// <summary>What one model runs in one environment (one row of <c>tollgate status --json</c>); the fields are null when it runs nothing there.</summary>
/// <param name="Environment">Environment name.</param>
/// <param name="Model">Model name.</param>
/// <param name="Version">Model version.</param>
/// <param name="Digest">Model content digest: what a serving system must serve.</param>
/// <param name="DeploymentId">The current deployment.</param>
/// <param name="Since">When it went live.</param>
/// <param name="By">Who deployed it.</param>
/// <param name="RunUrl">The CI run that deployed it.</param>
/// <param name="Artifacts">Published references, pinned by digest.</param>
/// <param name="Strategy">Rollout strategy.</param>
/// <param name="TrafficShare">Share of traffic.</param>
public sealed record TollgateEnvironmentStatus(
    string Environment, string? Model, string? Version, string? Digest, string? DeploymentId, DateTimeOffset? Since, string? By, string? RunUrl,
    IReadOnlyList<string>? Artifacts, string? Strategy, double? TrafficShare)
{
    /// <summary>True when no model is desired in this environment (never promoted, or retired).</summary>
    public bool IsEmpty => Digest is null;
}
