namespace Cake.Tollgate;

/// <summary>What runs where, the audit trail and rollback.</summary>
public static partial class TollgateAliases
{
    /// <summary>What runs in each environment (<c>tollgate status</c>); also written to the build log.</summary>
    /// <param name="context">The Cake context.</param>
    /// <returns>One row per environment.</returns>
    /// <example><code>
    /// Task("Status").Does(() => Information(TollgateStatus().For("staging").Version ?? "nothing in staging"));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Environments")]
    public static TollgateStatusResult TollgateStatus(this ICakeContext context) => context.TollgateStatus(new TollgateSettings());

    /// <summary>What runs in each environment (<c>tollgate status</c>); also written to the build log.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>One row per environment.</returns>
    /// <example><code>
    /// Task("Status").Does(() => TollgateStatus(new TollgateSettings { ConfigFile = "tollgate.yml" }));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Environments")]
    public static TollgateStatusResult TollgateStatus(this ICakeContext context, TollgateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var status = Runner(context).Run<TollgateStatusResult>(["status"], settings);
        foreach (var e in status.Environments)
        {
            context.Log.Information("{0,-12} {1}", e.Environment, e.IsEmpty ? "—" : $"{e.Model} {e.Version} {e.Digest} since {e.Since:u} by {e.By}");
        }

        return status;
    }

    /// <summary>The audit trail: every deployment with its status history, approvals, retirements (<c>tollgate history</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <returns>Deployments and audit records, newest first.</returns>
    /// <example><code>
    /// Task("History").Does(() => Information($"{TollgateHistory().Deployments.Count} deployments"));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Environments")]
    public static TollgateHistoryResult TollgateHistory(this ICakeContext context) => context.TollgateHistory(null, new TollgateSettings());

    /// <summary>The audit trail of one environment (<c>tollgate history --environment</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="environment">Environment to list; null for all.</param>
    /// <returns>Deployments and audit records, newest first.</returns>
    /// <example><code>
    /// Task("History").Does(() => Information(TollgateHistory("production").Deployments.FirstOrDefault()?.State ?? "none"));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Environments")]
    public static TollgateHistoryResult TollgateHistory(this ICakeContext context, string? environment) => context.TollgateHistory(environment, new TollgateSettings());

    /// <summary>The audit trail (<c>tollgate history</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="environment">Environment to list; null for all.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>Deployments and audit records, newest first.</returns>
    /// <example><code>
    /// Task("History").Does(() => TollgateHistory(null, new TollgateSettings { ConfigFile = "tollgate.yml" }));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Environments")]
    public static TollgateHistoryResult TollgateHistory(this ICakeContext context, string? environment, TollgateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Runner(context).Run<TollgateHistoryResult>(["history"], settings, args =>
        {
            if (!string.IsNullOrWhiteSpace(environment))
            {
                args.Append("--environment").AppendQuoted(environment);
            }
        });
    }

    /// <summary>Restores the last good version in an environment as a new deployment (<c>tollgate rollback</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="environment">Environment to roll back, e.g. production.</param>
    /// <returns>The restored deployment (outcome <c>rolled-back</c>).</returns>
    /// <example><code>
    /// Task("Rollback").Does(() => TollgateRollback("production"));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Environments")]
    public static TollgatePromoteResult TollgateRollback(this ICakeContext context, string environment) => context.TollgateRollback(environment, null, new TollgateSettings());

    /// <summary>Restores the last good version (or <paramref name="toVersion"/>) in an environment (<c>tollgate rollback</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="environment">Environment to roll back, e.g. production.</param>
    /// <param name="toVersion">Version to return to; null for the last good one before the current.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The restored deployment (outcome <c>rolled-back</c>).</returns>
    /// <example><code>
    /// Task("Rollback").Does(() => TollgateRollback("production", Argument&lt;string&gt;("to", null), new TollgateSettings()));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Environments")]
    public static TollgatePromoteResult TollgateRollback(this ICakeContext context, string environment, string? toVersion, TollgateSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(environment);
        ArgumentNullException.ThrowIfNull(settings);
        var result = Runner(context).Run<TollgatePromoteResult>(["rollback"], settings, args =>
        {
            args.Append("--environment").AppendQuoted(environment);
            if (!string.IsNullOrWhiteSpace(toVersion))
            {
                args.Append("--to").AppendQuoted(toVersion);
            }
        });
        context.Log.Information("{0}: {1} {2} is live again (deployment {3}).", environment, result.Deployment.Model.Name, result.Deployment.Model.Version, result.Deployment.Id);
        return result;
    }
}
