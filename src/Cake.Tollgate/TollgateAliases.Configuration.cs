using Cake.Core;
using Cake.Core.Annotations;
using Cake.Tollgate.Configuration;
using Cake.Tollgate.Runner;

namespace Cake.Tollgate;

/// <summary>What tollgate.yml declares.</summary>
[CakeNamespaceImport("Cake.Tollgate.Configuration")]
public static partial class TollgateAliases
{
    /// <summary>The environments of tollgate.yml in promotion order (<c>tollgate environments --json</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <returns>The environments, first to last (<see cref="TollgateEnvironmentsResult.Environments"/>).</returns>
    /// <example><code>
    /// foreach (var environment in TollgateEnvironments().Environments)
    /// {
    ///     Task("Promote" + environment.Name).Does(() => TollgatePromote(environment.Name));
    /// }
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Configuration")]
    public static TollgateEnvironmentsResult TollgateEnvironments(this ICakeContext context) =>
        context.TollgateEnvironments(new TollgateSettings());

    /// <summary>The environments of tollgate.yml in promotion order (<c>tollgate environments --json</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">The settings (config file, CLI location).</param>
    /// <returns>The environments, first to last (<see cref="TollgateEnvironmentsResult.Environments"/>).</returns>
    /// <example><code>
    /// var environments = TollgateEnvironments(new TollgateSettings { ConfigFile = "tollgate.yml" });
    /// Information("Promotion path: " + string.Join(" → ", environments.Environments.Select(e => e.Name)));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Configuration")]
    public static TollgateEnvironmentsResult TollgateEnvironments(this ICakeContext context, TollgateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        return new TollgateRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools)
            .Run<TollgateEnvironmentsResult>(["environments"], settings);
    }
}
