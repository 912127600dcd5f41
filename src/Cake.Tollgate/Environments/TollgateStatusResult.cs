namespace Cake.Tollgate.Environments;

/// <summary>What runs where (<c>tollgate status --json</c>).</summary>
/// <param name="Backend">local or github.</param>
/// <param name="Environments">
/// In promotion order, per environment first the configured model's row (without a model when it runs nothing there), then
/// one row per other model live in that environment (models sharing the backend share environment names).
/// </param>
public sealed record TollgateStatusResult(string Backend, IReadOnlyList<TollgateEnvironmentStatus> Environments)
{
    /// <summary>The configured model's row of one environment (its first row).</summary>
    /// <param name="environment">Environment name.</param>
    /// <returns>The row.</returns>
    /// <exception cref="KeyNotFoundException">The status has no such environment.</exception>
    public TollgateEnvironmentStatus For(string environment) =>
        Environments.FirstOrDefault(e => e.Environment == environment)
        ?? throw new KeyNotFoundException($"No environment '{environment}' in the status (environments: {string.Join(", ", Environments.Select(e => e.Environment).Distinct())}).");

    /// <summary>The row of <paramref name="model"/> in one environment (models sharing the backend share environment names).</summary>
    /// <param name="environment">Environment name.</param>
    /// <param name="model">Model name.</param>
    /// <returns>The row.</returns>
    /// <exception cref="KeyNotFoundException">The model runs nothing in that environment, or the status has no such environment.</exception>
    public TollgateEnvironmentStatus For(string environment, string model) =>
        Environments.FirstOrDefault(e => e.Environment == environment && e.Model == model)
        ?? throw new KeyNotFoundException($"'{model}' runs nothing in '{environment}' (models there: "
            + string.Join(", ", Environments.Where(e => e.Environment == environment && e.Model is not null).Select(e => e.Model).DefaultIfEmpty("none")) + ").");
}
