using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Cake.Tollgate.Runner;

namespace Cake.Tollgate;

/// <summary>Publish and fetch model packages and OCI artifacts, and move environment tags.</summary>
public static partial class TollgateAliases
{
    private const string NuGetPrefix = "nuget:";

    /// <summary>
    /// Pushes the artifact (<c>tollgate push</c>): <c>nuget:SOURCE</c> packs it as a model package and pushes it to a
    /// folder or NuGet v3 feed (API key from <c>NUGET_API_KEY</c> or <c>package.apiKeyVariable</c>); anything else is an
    /// OCI target (<c>REGISTRY/REPO</c> or <c>oci-layout:DIR</c>).
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="target">Where to push: <c>nuget:artifacts/feed</c>, <c>nuget:https://host/v3/index.json</c>, <c>127.0.0.1:5000/models/churn</c>.</param>
    /// <example><code>
    /// Task("Publish").Does(() => TollgatePush("nuget:artifacts/feed"));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Packaging")]
    public static void TollgatePush(this ICakeContext context, string target) => context.TollgatePush(target, new TollgateSettings());

    /// <summary>Pushes the artifact to a NuGet feed (<c>nuget:SOURCE</c>) or an OCI target (<c>tollgate push</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="target">Where to push: <c>nuget:SOURCE</c>, <c>REGISTRY/REPO</c> or <c>oci-layout:DIR</c>.</param>
    /// <param name="settings">The settings.</param>
    /// <example><code>
    /// Task("Publish").Does(() => TollgatePush("127.0.0.1:5000/models/churn", new TollgateSettings { Artifact = "artifacts/model" }));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Packaging")]
    public static void TollgatePush(this ICakeContext context, string target, TollgateSettings settings) =>
        context.TollgatePush(target, settings, null);

    /// <summary>Pushes the artifact to a NuGet feed with the API key read from a named environment variable (<c>tollgate push</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="target">Where to push: <c>nuget:SOURCE</c>, <c>REGISTRY/REPO</c> or <c>oci-layout:DIR</c>.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="apiKeyVariable">Name of the environment variable holding the NuGet API key (never the key itself).</param>
    /// <example><code>
    /// Task("Publish").Does(() => TollgatePush("nuget:https://nuget.example.com/v3/index.json", new TollgateSettings(), "MODELS_FEED_KEY"));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Packaging")]
    public static void TollgatePush(this ICakeContext context, string target, TollgateSettings settings, string? apiKeyVariable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        ArgumentNullException.ThrowIfNull(settings);
        Runner(context).Run(["push"], settings, args =>
        {
            if (target.StartsWith(NuGetPrefix, StringComparison.Ordinal))
            {
                args.Append("--nuget-source").AppendQuoted(target[NuGetPrefix.Length..]);
            }
            else
            {
                args.Append("--oci").AppendQuoted(target);
            }

            if (apiKeyVariable is not null)
            {
                args.Append("--api-key-variable").AppendQuoted(apiKeyVariable);
            }

            Artifact(args, settings, context);
        });
    }

    /// <summary>Fetches a model and verifies every file's digest (<c>tollgate fetch</c>); nothing is written unless all match.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="model"><c>NAME@VERSION</c>, <c>NAME@RANGE</c> (NuGet, e.g. <c>churn@[1.0,2.0)</c>) or <c>NAME@sha256:…</c> (OCI).</param>
    /// <param name="from"><c>nuget:SOURCE</c>, <c>oci://REGISTRY/REPO</c> or <c>oci-layout:DIR</c>.</param>
    /// <param name="output">Folder to write the model to (must not exist or be empty).</param>
    /// <example><code>
    /// Task("FetchModel").Does(() => TollgateFetch("churn-classifier@[1.0,2.0)", "nuget:artifacts/feed", "artifacts/fetched"));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Packaging")]
    public static void TollgateFetch(this ICakeContext context, string model, string from, DirectoryPath output) =>
        context.TollgateFetch(model, from, output, new TollgateSettings());

    /// <summary>Fetches a model and verifies every file's digest (<c>tollgate fetch</c>); nothing is written unless all match.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="model"><c>NAME@VERSION</c>, <c>NAME@RANGE</c> or <c>NAME@sha256:…</c>.</param>
    /// <param name="from"><c>nuget:SOURCE</c>, <c>oci://REGISTRY/REPO</c> or <c>oci-layout:DIR</c>.</param>
    /// <param name="output">Folder to write the model to (must not exist or be empty).</param>
    /// <param name="settings">The settings (<see cref="TollgateSettings.ConfigFile"/> maps a model name to its NuGet package id).</param>
    /// <example><code>
    /// Task("FetchModel").Does(() => TollgateFetch("churn-classifier@1.4.0", "oci-layout:artifacts/oci", "artifacts/fetched", new TollgateSettings { Json = true }));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Packaging")]
    public static void TollgateFetch(this ICakeContext context, string model, string from, DirectoryPath output, TollgateSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(settings);
        Runner(context).Run(["fetch"], settings, args => args
            .AppendQuoted(model)
            .Append("--from").AppendQuoted(from)
            .Append("--output").AppendQuoted(output.MakeAbsolute(context.Environment).FullPath));
    }

    /// <summary>Points a tag (e.g. <c>staging</c>) at a pushed OCI manifest by digest (<c>tollgate tag</c>): no upload, same digest.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="location"><c>REGISTRY/REPO</c> or <c>oci-layout:DIR</c>.</param>
    /// <param name="digest">Manifest digest, <c>sha256:…</c>.</param>
    /// <param name="tag">Tag to set.</param>
    /// <example><code>
    /// Task("TagStaging").Does(() => TollgateTag("oci-layout:artifacts/oci", "sha256:…", "staging"));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Packaging")]
    public static void TollgateTag(this ICakeContext context, string location, string digest, string tag) =>
        context.TollgateTag(location, digest, tag, new TollgateSettings());

    /// <summary>Points a tag at a pushed OCI manifest by digest (<c>tollgate tag</c>); tollgate.yml is not read.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="location"><c>REGISTRY/REPO</c> or <c>oci-layout:DIR</c>.</param>
    /// <param name="digest">Manifest digest, <c>sha256:…</c>.</param>
    /// <param name="tag">Tag to set.</param>
    /// <param name="settings">The settings (<see cref="TollgateSettings.ConfigFile"/> and <see cref="TollgateSettings.Artifact"/> are ignored).</param>
    /// <example><code>
    /// Task("TagProduction").Does(() => TollgateTag("127.0.0.1:5000/models/churn", "sha256:…", "production", new TollgateSettings { Json = true }));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Packaging")]
    public static void TollgateTag(this ICakeContext context, string location, string digest, string tag, TollgateSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        ArgumentException.ThrowIfNullOrWhiteSpace(digest);
        ArgumentException.ThrowIfNullOrWhiteSpace(tag);
        ArgumentNullException.ThrowIfNull(settings);
        var withoutConfig = new TollgateSettings
        {
            CliAssemblyPath = settings.CliAssemblyPath,
            Json = settings.Json,
            ToolPath = settings.ToolPath,
            ToolTimeout = settings.ToolTimeout,
            WorkingDirectory = settings.WorkingDirectory,
            EnvironmentVariables = settings.EnvironmentVariables,
            ArgumentCustomization = settings.ArgumentCustomization,
        };
        Runner(context).Run(["tag"], withoutConfig, args =>
        {
            const string layout = "oci-layout:";
            _ = location.StartsWith(layout, StringComparison.Ordinal)
                ? args.Append("--oci-layout").AppendQuoted(location[layout.Length..])
                : args.Append("--oci").AppendQuoted(location);
            args.Append("--digest").AppendQuoted(digest).Append("--tag").AppendQuoted(tag);
        });
    }
}
