using Tollgate.Core.Gates;

namespace Tollgate.Core.Environments;

/// <summary>The outcome of a promotion: a new deployment, or a no-op because the digest already runs there.</summary>
public sealed record PromotionResult(string Outcome, DeploymentRecord Deployment, GateReport? Report, string? ReportPath)
{
    public const string Promoted = "promoted";
    public const string AlreadyCurrent = "already-current";
    public const string Resumed = "resumed";
}
