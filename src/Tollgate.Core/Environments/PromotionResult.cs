using Tollgate.Core.Gates;

namespace Tollgate.Core.Environments;

/// <summary>The outcome of a promotion: a new deployment, or a no-op because the digest already runs there.</summary>
public sealed record PromotionResult
{
    /// <summary><see cref="Outcome"/> of a promotion that created a deployment and completed it.</summary>
    public const string Promoted = "promoted";

    /// <summary><see cref="Outcome"/> when the digest already ran in the environment: nothing was recorded.</summary>
    public const string AlreadyCurrent = "already-current";

    /// <summary><see cref="Outcome"/> of a promotion that completed a deployment a killed run had started.</summary>
    public const string Resumed = "resumed";

    internal PromotionResult(string outcome, DeploymentRecord deployment, GateReport? report, string? reportPath) =>
        (Outcome, Deployment, Report, ReportPath) = (outcome, deployment, report, reportPath);

    /// <summary><see cref="Promoted"/>, <see cref="AlreadyCurrent"/> or <see cref="Resumed"/>.</summary>
    public string Outcome { get; init; }

    /// <summary>The deployment now current in the environment (internal: the CLI prints it whole).</summary>
    internal DeploymentRecord Deployment { get; init; }

    /// <summary>The gates' verdict; null when nothing ran (<see cref="AlreadyCurrent"/>).</summary>
    internal GateReport? Report { get; init; }

    /// <summary>The JSON gate report of this promotion; null when no gates ran.</summary>
    public string? ReportPath { get; init; }

    /// <summary>The id of the deployment now current in the environment (the backend's: ledger id or GitHub deployment id).</summary>
    public string DeploymentId => Deployment.Id;

    /// <summary>The environment promoted into.</summary>
    public string Environment => Deployment.Environment;

    /// <summary>The model version now current in the environment.</summary>
    public ModelRef Model => Deployment.Model;

    internal void Deconstruct(out string outcome, out DeploymentRecord deployment, out GateReport? report, out string? reportPath) =>
        (outcome, deployment, report, reportPath) = (Outcome, Deployment, Report, ReportPath);
}
