namespace Tollgate.Core.Environments.Rollout;

/// <summary>What a rollback did: restored a version, completed a rollback a killed run left half-way, or found it done.</summary>
public sealed record RollbackResult(string Outcome, DeploymentRecord Deployment)
{
    public const string RolledBack = "rolled-back";
    public const string Resumed = "resumed";
    public const string AlreadyCurrent = "already-current";
}
