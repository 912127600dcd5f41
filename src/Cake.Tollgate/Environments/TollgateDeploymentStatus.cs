namespace Cake.Tollgate.Environments;

/// <summary>One status change of a deployment.</summary>
/// <param name="State">queued, in_progress, success, failure, error or inactive.</param>
/// <param name="At">When.</param>
/// <param name="Description">Why, e.g. <c>canary 50% of traffic: healthy</c>.</param>
public sealed record TollgateDeploymentStatus(string State, DateTimeOffset At, string? Description);
