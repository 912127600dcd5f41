namespace Cake.Tollgate.Environments;

/// <summary>The approvals a model version has for an environment after an approval (<c>tollgate approve --json</c>).</summary>
/// <param name="Model">The model version.</param>
/// <param name="Environment">The environment.</param>
/// <param name="Approvals">Every counted approval.</param>
/// <param name="Required">Approvals required.</param>
/// <param name="Missing">Approvals still missing (0: it may be promoted).</param>
public sealed record TollgateApprovalResult(TollgateModel Model, string Environment, IReadOnlyList<TollgateAuditRecord> Approvals, int Required, int Missing);
