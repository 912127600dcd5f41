using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Cake.Tollgate.Runner;

namespace Cake.Tollgate;

/// <summary>Train, validate, pack and promote.</summary>
public static partial class TollgateAliases
{
    /// <summary>Trains the model configured in tollgate.yml (<c>tollgate train</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <example><code>
    /// Task("Train").Does(() => TollgateTrain());
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Pipeline")]
    public static void TollgateTrain(this ICakeContext context) => context.TollgateTrain(new TollgateSettings());

    /// <summary>Trains the model configured in tollgate.yml (<c>tollgate train</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">The settings.</param>
    /// <example><code>
    /// Task("Train").Does(() => TollgateTrain(new TollgateSettings { ConfigFile = "tollgate.yml" }));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Pipeline")]
    public static void TollgateTrain(this ICakeContext context, TollgateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Runner(context).Run(["train"], settings, args =>
        {
            if (settings.Artifact is not null)
            {
                args.Append("--output").AppendQuoted(settings.Artifact.MakeAbsolute(context.Environment).FullPath);
            }
        });
    }

    /// <summary>Runs an environment's gates against the candidate (<c>tollgate validate</c>); fails the task when a gate fails.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="environment">Environment whose gates to run, e.g. staging.</param>
    /// <example><code>
    /// Task("Validate").Does(() => TollgateValidate("staging"));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Pipeline")]
    public static void TollgateValidate(this ICakeContext context, string environment) => context.TollgateValidate(environment, new TollgateSettings());

    /// <summary>Runs an environment's gates against the candidate (<c>tollgate validate</c>); fails the task when a gate fails.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="environment">Environment whose gates to run, e.g. staging.</param>
    /// <param name="settings">The settings.</param>
    /// <example><code>
    /// Task("Validate").Does(() => TollgateValidate("staging", new TollgateSettings { Artifact = "artifacts/model" }));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Pipeline")]
    public static void TollgateValidate(this ICakeContext context, string environment, TollgateSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(environment);
        ArgumentNullException.ThrowIfNull(settings);
        Runner(context).Run(["validate"], settings, args =>
        {
            args.Append("--environment").AppendQuoted(environment);
            Artifact(args, settings, context);
            CurrentData(args, settings, context);
        });
    }

    /// <summary>Packs the artifact as a NuGet package into the folder feed (<c>tollgate pack</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <example><code>
    /// Task("Package").Does(() => TollgatePack());
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Pipeline")]
    public static void TollgatePack(this ICakeContext context) => context.TollgatePack(new TollgateSettings());

    /// <summary>Packs the artifact as a NuGet package into the folder feed (<c>tollgate pack</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">The settings.</param>
    /// <example><code>
    /// Task("Package").Does(() => TollgatePack(new TollgateSettings { Artifact = "artifacts/model" }));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Pipeline")]
    public static void TollgatePack(this ICakeContext context, TollgateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Runner(context).Run(["pack"], settings, args => Artifact(args, settings, context));
    }

    /// <summary>Promotes the artifact into an environment after its gates pass (<c>tollgate promote</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="environment">Target environment, e.g. staging.</param>
    /// <example><code>
    /// Task("PromoteStaging").Does(() => TollgatePromote("staging"));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Pipeline")]
    public static void TollgatePromote(this ICakeContext context, string environment) => context.TollgatePromote(environment, new TollgateSettings());

    /// <summary>Promotes the artifact into an environment after its gates pass (<c>tollgate promote</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="environment">Target environment, e.g. staging.</param>
    /// <param name="settings">The settings.</param>
    /// <example><code>
    /// Task("PromoteStaging").Does(() => TollgatePromote("staging", new TollgateSettings { ConfigFile = "tollgate.yml" }));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Pipeline")]
    public static void TollgatePromote(this ICakeContext context, string environment, TollgateSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(environment);
        ArgumentNullException.ThrowIfNull(settings);
        Runner(context).Run(["promote"], settings, args =>
        {
            args.Append("--environment").AppendQuoted(environment);
            Artifact(args, settings, context);
            CurrentData(args, settings, context);
        });
    }

    /// <summary>Prints what runs in each environment (<c>tollgate status</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <example><code>
    /// Task("Status").Does(() => TollgateStatus());
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Environments")]
    public static void TollgateStatus(this ICakeContext context) => context.TollgateStatus(new TollgateSettings());

    /// <summary>Prints what runs in each environment (<c>tollgate status</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">The settings.</param>
    /// <example><code>
    /// Task("Status").Does(() => TollgateStatus(new TollgateSettings { Json = true }));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Environments")]
    public static void TollgateStatus(this ICakeContext context, TollgateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Runner(context).Run(["status"], settings);
    }

    /// <summary>Verifies the local ledger's hash chain (<c>tollgate ledger verify</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">The settings.</param>
    /// <example><code>
    /// Task("VerifyLedger").Does(() => TollgateVerifyLedger(new TollgateSettings()));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Environments")]
    public static void TollgateVerifyLedger(this ICakeContext context, TollgateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Runner(context).Run(["ledger", "verify"], settings);
    }
}
