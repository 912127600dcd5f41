namespace Tollgate.Core.Environments.Audit;

/// <summary>The approvals a digest has for an environment, oldest first, against the number required.</summary>
internal sealed record ApprovalStatus(ModelRef Model, string Environment, IReadOnlyList<AuditEntry> Approvals, int Required)
{
    public int Missing => Math.Max(0, Required - Approvals.Count);
}
