namespace Cake.Tollgate.Environments;

/// <summary>What runs where (<c>tollgate status --json</c>).</summary>
/// <param name="Backend">local or github.</param>
/// <param name="Environments">One row per environment, in promotion order.</param>
public sealed record TollgateStatusResult(string Backend, IReadOnlyList<TollgateEnvironmentStatus> Environments)
{
    /// <summary>The row of one environment.</summary>
    /// <param name="environment">Environment name.</param>
    /// <returns>The row.</returns>
    /// <exception cref="KeyNotFoundException">The status has no such environment.</exception>
    public TollgateEnvironmentStatus For(string environment) =>
        Environments.FirstOrDefault(e => e.Environment == environment)
        ?? throw new KeyNotFoundException($"No environment '{environment}' in the status (environments: {string.Join(", ", Environments.Select(e => e.Environment))}).");
}
