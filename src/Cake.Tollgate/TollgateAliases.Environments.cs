using Cake.Core;
using Cake.Core.Annotations;
using Cake.Tollgate.Runner;

namespace Cake.Tollgate;

/// <summary>Rollback and other environment operations.</summary>
public static partial class TollgateAliases
{
    /// <summary>Restores the last good version (or <paramref name="toVersion"/>) in an environment (<c>tollgate rollback</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="environment">Environment to roll back, e.g. production.</param>
    /// <param name="toVersion">Version to return to; null for the last good one before the current.</param>
    /// <param name="settings">The settings.</param>
    /// <example><code>
    /// Task("Rollback").Does(() => TollgateRollback("production", null, new TollgateSettings()));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Environments")]
    public static void TollgateRollback(this ICakeContext context, string environment, string? toVersion, TollgateSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(environment);
        ArgumentNullException.ThrowIfNull(settings);
        Runner(context).Run(["rollback"], settings, args =>
        {
            args.Append("--environment").AppendQuoted(environment);
            if (!string.IsNullOrWhiteSpace(toVersion))
            {
                args.Append("--to").AppendQuoted(toVersion);
            }
        });
    }
}
