namespace Cake.Tollgate;

/// <summary>Train, validate, pack and promote through an environment in one CLI process.</summary>
public static partial class TollgateAliases
{
    /// <summary>
    /// Trains (if its inputs changed), validates, packs and promotes into every environment up to
    /// <paramref name="through"/> in one <c>tollgate pipeline</c> process; a warm run with nothing changed does nothing.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="through">The last environment to promote into, e.g. staging.</param>
    /// <returns>Each step's result.</returns>
    /// <example><code>
    /// Task("PromoteStaging").Does(() =>
    /// {
    ///     var run = TollgatePipeline("staging");
    ///     Information(run.Changed ? $"staging runs {run.Train.Version}" : "nothing to do");
    /// });
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Pipeline")]
    public static TollgatePipelineResult TollgatePipeline(this ICakeContext context, string through) => context.TollgatePipeline(through, null, new TollgateSettings());

    /// <summary>
    /// Trains (if its inputs changed), validates against <paramref name="validateEnvironment"/>, packs and promotes into
    /// every environment up to <paramref name="through"/> in one <c>tollgate pipeline</c> process. Stops at the first
    /// failure with the code the separate alias would throw (a failed gate: <see cref="TollgateCommandException"/> with
    /// the report), unless <see cref="TollgateSettings.ThrowOnFailedCheck"/> is false for a failed validation.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="through">The last environment to promote into, e.g. staging.</param>
    /// <param name="validateEnvironment">Whose gates check the candidate before packing (null: <paramref name="through"/>).</param>
    /// <param name="settings">The settings (<see cref="TollgateSettings.CurrentData"/> feeds drift gates).</param>
    /// <returns>Each step's result.</returns>
    /// <example><code>
    /// Task("PromoteStaging").Does(() => TollgatePipeline("staging", "staging", new TollgateSettings { ConfigFile = "tollgate.yml" }));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Pipeline")]
    public static TollgatePipelineResult TollgatePipeline(this ICakeContext context, string through, string? validateEnvironment, TollgateSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(through);
        ArgumentNullException.ThrowIfNull(settings);
        var result = Runner(context).Run<TollgatePipelineResult>(["pipeline"], settings, args =>
        {
            args.Append("--through").AppendQuoted(through);
            if (!string.IsNullOrEmpty(validateEnvironment))
            {
                args.Append("--validate-environment").AppendQuoted(validateEnvironment);
            }

            CurrentData(args, settings, context);
        });
        context.Log.Information(result.Changed ? "Pipeline through {0}: {1} {2} ({3})" : "Pipeline through {0}: nothing to do, {1} {2} ({3}) already live",
            through, result.Train.Name, result.Train.Version, result.Train.Digest);
        return result;
    }
}
