namespace Tollgate.Core.Config;

/// <summary>
/// An environment's role flags (GitHub's production_environment / transient_environment), from configuration only:
/// <c>production:</c> / <c>transient:</c> when set, else by position — the last environment is production and the
/// first is transient. Never derived from an environment's name, so any naming works the same way.
/// </summary>
internal static class EnvironmentRoles
{
    /// <summary>True when <paramref name="environment"/> is a production environment.</summary>
    public static bool IsProduction(TollgateConfig config, string environment)
    {
        ArgumentNullException.ThrowIfNull(config);
        var index = config.Environments.FindIndex(e => e.Name == environment);
        return index >= 0 && (config.Environments[index].Production ?? index == config.Environments.Count - 1);
    }

    /// <summary>True when <paramref name="environment"/> is transient (torn down and recreated, like a sandbox).</summary>
    public static bool IsTransient(TollgateConfig config, string environment)
    {
        ArgumentNullException.ThrowIfNull(config);
        var index = config.Environments.FindIndex(e => e.Name == environment);
        return index >= 0 && (config.Environments[index].Transient ?? (index == 0 && config.Environments.Count > 1));
    }
}
