namespace Cake.Tollgate.Configuration;

/// <summary>What <c>tollgate environments --json</c> prints: the environments of tollgate.yml in promotion order.</summary>
/// <param name="Environments">The environments, first to last.</param>
public sealed record TollgateEnvironmentsResult(IReadOnlyList<TollgateEnvironment> Environments);
