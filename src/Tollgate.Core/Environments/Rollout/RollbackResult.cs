namespace Tollgate.Core.Environments.Rollout;

/// <summary>What a rollback did: restored a version, completed a rollback a killed run left half-way, or found it done.</summary>
public sealed record RollbackResult
{
    /// <summary><see cref="Outcome"/> of a rollback that restored an earlier version as a new deployment.</summary>
    public const string RolledBack = "rolled-back";

    /// <summary><see cref="Outcome"/> of a rollback that completed one a killed run had started.</summary>
    public const string Resumed = "resumed";

    /// <summary><see cref="Outcome"/> when the requested version already ran: nothing was recorded.</summary>
    public const string AlreadyCurrent = "already-current";

    internal RollbackResult(string outcome, DeploymentRecord deployment) => (Outcome, Deployment) = (outcome, deployment);

    /// <summary><see cref="RolledBack"/>, <see cref="Resumed"/> or <see cref="AlreadyCurrent"/>.</summary>
    public string Outcome { get; init; }

    /// <summary>The deployment now current in the environment (internal: the CLI prints it whole).</summary>
    internal DeploymentRecord Deployment { get; init; }

    /// <summary>The id of the deployment now current in the environment.</summary>
    public string DeploymentId => Deployment.Id;

    /// <summary>The environment rolled back.</summary>
    public string Environment => Deployment.Environment;

    /// <summary>The model version now current in the environment.</summary>
    public ModelRef Model => Deployment.Model;

    internal void Deconstruct(out string outcome, out DeploymentRecord deployment) => (outcome, deployment) = (Outcome, Deployment);
}
