namespace Cake.Tollgate.Environments;

/// <summary>The audit trail (<c>tollgate history --json</c>).</summary>
/// <param name="Backend">local or github.</param>
/// <param name="Deployments">Every deployment, newest first.</param>
/// <param name="Audit">Approvals, retirements and forced promotions, newest first.</param>
public sealed record TollgateHistoryResult(string Backend, IReadOnlyList<TollgateDeployment> Deployments, IReadOnlyList<TollgateAuditRecord> Audit);
