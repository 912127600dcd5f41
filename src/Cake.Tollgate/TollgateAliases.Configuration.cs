using Cake.Core.IO;

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
    /// <summary>
    /// The environments of tollgate.yml in promotion order, remembered in <paramref name="cacheFile"/>: the CLI runs only
    /// when tollgate.yml's bytes or the CLI changed since the answer was stored (a build that defines tasks from the
    /// environments then starts no process for it on a warm run).
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">The settings (config file, CLI location).</param>
    /// <param name="cacheFile">Where to remember the answer, e.g. <c>.tollgate/cache/environments.json</c>.</param>
    /// <returns>The environments, first to last (<see cref="TollgateEnvironmentsResult.Environments"/>).</returns>
    /// <example><code>
    /// var environments = TollgateEnvironments(new TollgateSettings(), File(".tollgate/cache/environments.json"));
    /// foreach (var environment in environments.Environments)
    /// {
    ///     Task("Promote" + environment.Name).Does(() => TollgatePromote(environment.Name));
    /// }
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Configuration")]
    public static TollgateEnvironmentsResult TollgateEnvironments(this ICakeContext context, TollgateSettings settings, FilePath cacheFile)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(cacheFile);
        var config = settings.ConfigFile?.MakeAbsolute(context.Environment).FullPath ?? EnvironmentsCache.FindConfig(context.Environment.WorkingDirectory.FullPath);
        var invocation = new TollgateToolResolver(context.FileSystem, context.Environment, context.Tools).Resolve(settings);
        var key = config is null ? null : EnvironmentsCache.Key(config, invocation, typeof(TollgateAliases).Assembly.Location);
        var file = cacheFile.MakeAbsolute(context.Environment).FullPath;
        if (key is not null && EnvironmentsCache.Read(file, key) is { } remembered)
        {
            return remembered;
        }

        var result = context.TollgateEnvironments(settings);
        if (key is not null)
        {
            EnvironmentsCache.Write(file, key, result);
        }

        return result;
    }
}
