namespace Cake.Tollgate;

/// <summary>Approvals, retirement and the ledger check.</summary>
public static partial class TollgateAliases
{
    /// <summary>Records the current user's approval of NAME@VERSION for an environment that requires approvals (<c>tollgate approve</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="model">NAME@VERSION, e.g. churn-classifier@1.0.3.</param>
    /// <param name="environment">Environment the approval is for, e.g. production.</param>
    /// <returns>The approvals so far and how many are missing.</returns>
    /// <example><code>
    /// Task("Approve").Does(() => Information($"{TollgateApprove(Argument&lt;string&gt;("model"), "production").Missing} approvals missing"));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Environments")]
    public static TollgateApprovalResult TollgateApprove(this ICakeContext context, string model, string environment) =>
        context.TollgateApprove(model, environment, null, new TollgateSettings());

    /// <summary>Records the current user's approval of NAME@VERSION for an environment that requires approvals (<c>tollgate approve</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="model">NAME@VERSION, e.g. churn-classifier@1.0.3.</param>
    /// <param name="environment">Environment the approval is for, e.g. production.</param>
    /// <param name="comment">Optional comment kept in the audit trail.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The approvals so far and how many are missing.</returns>
    /// <example><code>
    /// Task("Approve").Does(() => TollgateApprove(Argument&lt;string&gt;("model"), "production", "reviewed", new TollgateSettings()));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Environments")]
    public static TollgateApprovalResult TollgateApprove(this ICakeContext context, string model, string environment, string? comment, TollgateSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(environment);
        ArgumentNullException.ThrowIfNull(settings);
        var status = Runner(context).Run<TollgateApprovalResult>(["approve"], settings, args =>
        {
            args.AppendQuoted(model).Append("--environment").AppendQuoted(environment);
            if (!string.IsNullOrWhiteSpace(comment))
            {
                args.Append("--comment").AppendQuoted(comment);
            }
        });
        context.Log.Information("{0} {1} → {2}: {3} of {4} approval(s); {5}", status.Model.Name, status.Model.Version, status.Environment, status.Approvals.Count, status.Required,
            status.Missing == 0 ? "it may be promoted" : $"{status.Missing} more needed");
        return status;
    }

    /// <summary>Retires NAME@VERSION (<c>tollgate retire</c>): deployments inactive, environment tags removed, package marked, manifest archived.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="model">NAME@VERSION, e.g. churn-classifier@1.0.3.</param>
    /// <param name="reason">Why; kept in the audit trail and the archive.</param>
    /// <returns>What was inactivated, removed and archived.</returns>
    /// <example><code>
    /// Task("Retire").Does(() => TollgateRetire(Argument&lt;string&gt;("model"), Argument("reason", "superseded")));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Environments")]
    public static TollgateRetireResult TollgateRetire(this ICakeContext context, string model, string reason) => context.TollgateRetire(model, reason, new TollgateSettings());

    /// <summary>Retires NAME@VERSION (<c>tollgate retire</c>): deployments inactive, environment tags removed, package marked, manifest archived.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="model">NAME@VERSION, e.g. churn-classifier@1.0.3.</param>
    /// <param name="reason">Why; kept in the audit trail and the archive.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>What was inactivated, removed and archived.</returns>
    /// <example><code>
    /// Task("Retire").Does(() => TollgateRetire(Argument&lt;string&gt;("model"), Argument("reason", "superseded"), new TollgateSettings()));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Environments")]
    public static TollgateRetireResult TollgateRetire(this ICakeContext context, string model, string reason, TollgateSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(settings);
        var result = Runner(context).Run<TollgateRetireResult>(["retire"], settings, args => args.AppendQuoted(model).Append("--reason").AppendQuoted(reason));
        context.Log.Information("{0} {1} is retired{2}: {3} deployment(s) inactive, {4} OCI tag(s) removed, archive {5}", result.Model.Name, result.Model.Version,
            result.Recorded ? "" : " (already was; clean-up re-run)", result.InactivatedDeployments.Count, result.RemovedTags.Count, result.ArchiveDir);
        return result;
    }

    /// <summary>Verifies the local ledger's hash chain (<c>tollgate ledger verify</c>); an edited ledger fails the task (TOLLGATE0201).</summary>
    /// <param name="context">The Cake context.</param>
    /// <returns>The ledger and the number of records checked.</returns>
    /// <example><code>
    /// Task("VerifyLedger").Does(() => Information($"{TollgateVerifyLedger().Records} records intact"));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Environments")]
    public static TollgateLedgerResult TollgateVerifyLedger(this ICakeContext context) => context.TollgateVerifyLedger(new TollgateSettings());

    /// <summary>Verifies the local ledger's hash chain (<c>tollgate ledger verify</c>); an edited ledger fails the task (TOLLGATE0201).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The ledger and the number of records checked.</returns>
    /// <example><code>
    /// Task("VerifyLedger").Does(() => TollgateVerifyLedger(new TollgateSettings { ConfigFile = "tollgate.yml" }));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Environments")]
    public static TollgateLedgerResult TollgateVerifyLedger(this ICakeContext context, TollgateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var ledger = Runner(context).Run<TollgateLedgerResult>(["ledger", "verify"], settings);
        context.Log.Information("Ledger {0}: {1} records, hash chain intact.", ledger.Ledger, ledger.Records);
        return ledger;
    }
}
