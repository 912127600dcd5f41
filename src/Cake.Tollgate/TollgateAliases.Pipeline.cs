namespace Cake.Tollgate;

/// <summary>Train, validate and pack.</summary>
public static partial class TollgateAliases
{
    /// <summary>Trains the model configured in tollgate.yml (<c>tollgate train</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <returns>The artifact: folder, name, version, digest and holdout metrics.</returns>
    /// <example><code>
    /// Task("Train").Does(() =>
    /// {
    ///     var model = TollgateTrain();
    ///     Information($"{model.Name} {model.Version}: auc {model.Metrics["auc"]:F3}");
    /// });
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Pipeline")]
    public static TollgateTrainResult TollgateTrain(this ICakeContext context) => context.TollgateTrain(new TollgateSettings());

    /// <summary>Trains the model configured in tollgate.yml (<c>tollgate train</c>); <see cref="TollgateSettings.Artifact"/> is the output folder.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The artifact: folder, name, version, digest and holdout metrics.</returns>
    /// <example><code>
    /// Task("Train").Does(() => TollgateTrain(new TollgateSettings { ConfigFile = "tollgate.yml" }));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Pipeline")]
    public static TollgateTrainResult TollgateTrain(this ICakeContext context, TollgateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var result = Runner(context).Run<TollgateTrainResult>(["train"], settings, args =>
        {
            if (settings.Artifact is not null)
            {
                args.Append("--output").AppendQuoted(settings.Artifact.MakeAbsolute(context.Environment).FullPath);
            }
        });
        context.Log.Information(result.UpToDate ? "{0} {1} ({2}) in {3} is up to date, not retrained" : "Trained {0} {1} ({2}) into {3}",
            result.Name, result.Version, result.Digest, result.Artifact);
        return result;
    }

    /// <summary>Runs an environment's gates against the candidate (<c>tollgate validate</c>); fails the task when a gate fails.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="environment">Environment whose gates to run, e.g. staging.</param>
    /// <returns>The verdict, every gate and the report paths.</returns>
    /// <example><code>
    /// Task("Validate").Does(() => Information(TollgateValidate("staging").Html));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Pipeline")]
    public static TollgateValidateResult TollgateValidate(this ICakeContext context, string environment) => context.TollgateValidate(environment, new TollgateSettings());

    /// <summary>
    /// Runs an environment's gates against the candidate (<c>tollgate validate</c>). A failing gate fails the task with
    /// a <see cref="TollgateCommandException"/> naming the report, unless <see cref="TollgateSettings.ThrowOnFailedCheck"/> is false.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="environment">Environment whose gates to run, e.g. staging.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The verdict, every gate and the report paths.</returns>
    /// <example><code>
    /// Task("Validate").Does(() =>
    /// {
    ///     var gates = TollgateValidate("staging", new TollgateSettings { ThrowOnFailedCheck = false });
    ///     if (!gates.Passed) Warning($"gates failed, see {gates.Html}");
    /// });
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Pipeline")]
    public static TollgateValidateResult TollgateValidate(this ICakeContext context, string environment, TollgateSettings settings)
    {
        var result = RunForEnvironment<TollgateValidateResult>(context, "validate", environment, settings);
        context.Log.Information(result.Reused ? "Gates for {0}: {1} ({2}); inputs unchanged, not re-run. Report: {3}" : "Gates for {0}: {1} ({2}). Report: {3}",
            environment, result.Verdict, result.Summary, result.Html);
        return result;
    }

    /// <summary>Packs the artifact as a NuGet package into the folder feed and an OCI artifact into the layout (<c>tollgate pack</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <returns>Version, digest and the package paths.</returns>
    /// <example><code>
    /// Task("Package").Does(() =>
    /// {
    ///     var pack = TollgatePack();
    ///     Information($"{pack.Version} {pack.Digest} {string.Join(", ", pack.PackagePaths)}");
    /// });
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Pipeline")]
    public static TollgatePackResult TollgatePack(this ICakeContext context) => context.TollgatePack(new TollgateSettings());

    /// <summary>Packs the artifact as a NuGet package into the folder feed and an OCI artifact into the layout (<c>tollgate pack</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>Version, digest and the package paths.</returns>
    /// <example><code>
    /// Task("Package").Does(() => TollgatePack(new TollgateSettings { Artifact = "artifacts/model" }));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Pipeline")]
    public static TollgatePackResult TollgatePack(this ICakeContext context, TollgateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var result = Runner(context).Run<TollgatePackResult>(["pack"], settings, args => Artifact(args, settings, context));
        context.Log.Information("Packed {0} {1} ({2}): {3}", result.Name, result.Version, result.Digest, string.Join(", ", [.. result.PackagePaths, .. result.Oci is null ? Array.Empty<string>() : [result.Oci.Reference]]));
        return result;
    }
}
