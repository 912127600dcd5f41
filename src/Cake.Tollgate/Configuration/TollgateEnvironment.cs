namespace Cake.Tollgate.Configuration;

/// <summary>One environment of tollgate.yml, as <c>tollgate environments --json</c> reports it.</summary>
/// <param name="Name">Environment name, e.g. staging.</param>
/// <param name="Gates">Number of gates configured for it.</param>
/// <param name="Strategy">Rollout strategy: direct, canary, blue-green or shadow.</param>
/// <param name="Promotion">transit (the previous environment's digest) or retrain.</param>
/// <param name="Approvals">Whether promotions into it need Tollgate approvals.</param>
public sealed record TollgateEnvironment(string Name, int Gates, string Strategy, string Promotion, bool Approvals);
