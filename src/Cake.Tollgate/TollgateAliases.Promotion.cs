namespace Cake.Tollgate;

/// <summary>Promote a packed model into an environment.</summary>
public static partial class TollgateAliases
{
    /// <summary>Promotes the artifact into an environment after its gates pass (<c>tollgate promote</c>); idempotent.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="environment">Target environment, e.g. staging.</param>
    /// <returns>Outcome, the live deployment and the gate report.</returns>
    /// <example><code>
    /// Task("PromoteStaging").Does(() =>
    /// {
    ///     var promotion = TollgatePromote("staging");
    ///     Information($"{promotion.Outcome}: deployment {promotion.Deployment.Id}");
    /// });
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Pipeline")]
    public static TollgatePromoteResult TollgatePromote(this ICakeContext context, string environment) => context.TollgatePromote(environment, new TollgateSettings());

    /// <summary>
    /// Promotes the artifact into an environment after its gates pass (<c>tollgate promote</c>); idempotent. A refused
    /// promotion (edge, gates, approvals, retirement) throws a <see cref="TollgateCommandException"/> with its code.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="environment">Target environment, e.g. staging.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>Outcome, the live deployment and the gate report.</returns>
    /// <example><code>
    /// Task("PromoteStaging").Does(() => TollgatePromote("staging", new TollgateSettings { ConfigFile = "tollgate.yml" }));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Pipeline")]
    public static TollgatePromoteResult TollgatePromote(this ICakeContext context, string environment, TollgateSettings settings)
    {
        var result = RunForEnvironment<TollgatePromoteResult>(context, "promote", environment, settings);
        var d = result.Deployment;
        context.Log.Information("{0}: {1} {2} {3} (deployment {4}, {5})", environment, d.Model.Name, d.Model.Version, result.Outcome, d.Id, d.Model.Digest);
        return result;
    }
}
