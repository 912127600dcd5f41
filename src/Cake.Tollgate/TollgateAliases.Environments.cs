using Cake.Core;
using Cake.Core.Annotations;
using Cake.Tollgate.Runner;

namespace Cake.Tollgate;

/// <summary>Rollback, approvals, retirement and other environment operations.</summary>
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

    /// <summary>Records the current user's approval of NAME@VERSION for an environment that requires approvals (<c>tollgate approve</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="model">NAME@VERSION, e.g. churn-classifier@1.0.3.</param>
    /// <param name="environment">Environment the approval is for, e.g. production.</param>
    /// <param name="comment">Optional comment kept in the audit trail.</param>
    /// <param name="settings">The settings.</param>
    /// <example><code>
    /// Task("Approve").Does(() => TollgateApprove(Argument&lt;string&gt;("model"), "production", "reviewed", new TollgateSettings()));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Environments")]
    public static void TollgateApprove(this ICakeContext context, string model, string environment, string? comment, TollgateSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(environment);
        ArgumentNullException.ThrowIfNull(settings);
        Runner(context).Run(["approve"], settings, args =>
        {
            args.AppendQuoted(model).Append("--environment").AppendQuoted(environment);
            if (!string.IsNullOrWhiteSpace(comment))
            {
                args.Append("--comment").AppendQuoted(comment);
            }
        });
    }

    /// <summary>Retires NAME@VERSION (<c>tollgate retire</c>): deployments inactive, environment tags removed, package marked, manifest archived.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="model">NAME@VERSION, e.g. churn-classifier@1.0.3.</param>
    /// <param name="reason">Why; kept in the audit trail and the archive.</param>
    /// <param name="settings">The settings.</param>
    /// <example><code>
    /// Task("Retire").Does(() => TollgateRetire(Argument&lt;string&gt;("model"), Argument("reason", "superseded"), new TollgateSettings()));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Environments")]
    public static void TollgateRetire(this ICakeContext context, string model, string reason, TollgateSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(settings);
        Runner(context).Run(["retire"], settings, args => args.AppendQuoted(model).Append("--reason").AppendQuoted(reason));
    }
}
