namespace Cake.Tollgate.Environments;

/// <summary>An approval, retirement or forced promotion in the audit trail.</summary>
/// <param name="Kind">approval, retirement or forced-promotion.</param>
/// <param name="Model">The model version concerned.</param>
/// <param name="Environment">The environment, when the record concerns one.</param>
/// <param name="Actor">Who.</param>
/// <param name="At">When.</param>
/// <param name="Comment">Why.</param>
public sealed record TollgateAuditRecord(string Kind, TollgateModel Model, string? Environment, TollgateActor Actor, DateTimeOffset At, string? Comment);
