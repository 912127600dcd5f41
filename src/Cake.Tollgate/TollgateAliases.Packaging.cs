using Cake.Core.IO;

namespace Cake.Tollgate;

/// <summary>Publish model packages and OCI artifacts, and move environment tags.</summary>
public static partial class TollgateAliases
{
    private const string NuGetPrefix = "nuget:";
    private const string LayoutPrefix = "oci-layout:";

    /// <summary>
    /// Pushes the artifact (<c>tollgate push</c>): <c>nuget:SOURCE</c> packs it as a model package and pushes it to a
    /// folder or NuGet v3 feed (API key from <c>NUGET_API_KEY</c> or <c>package.apiKeyVariable</c>); anything else is an
    /// OCI target (<c>oci://REGISTRY/REPO</c> or <c>oci-layout:DIR</c>).
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="target">Where to push: <c>nuget:artifacts/feed</c>, <c>nuget:https://host/v3/index.json</c>, <c>oci://127.0.0.1:5000/models/churn</c>.</param>
    /// <returns>The pinned reference (canonical: <c>nuget:SOURCE?package=ID&amp;version=V</c> or <c>oci://…@sha256:…</c>) and digests.</returns>
    /// <example><code>
    /// Task("Publish").Does(() => Information(TollgatePush("nuget:artifacts/feed").Reference));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Packaging")]
    public static TollgatePushResult TollgatePush(this ICakeContext context, string target) => context.TollgatePush(target, new TollgateSettings());

    /// <summary>Pushes the artifact to a NuGet feed (<c>nuget:SOURCE</c>) or an OCI target (<c>tollgate push</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="target">Where to push: <c>nuget:SOURCE</c>, <c>oci://REGISTRY/REPO</c> or <c>oci-layout:DIR</c>.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The pinned reference and digests.</returns>
    /// <example><code>
    /// Task("Publish").Does(() => TollgatePush("oci://127.0.0.1:5000/models/churn", new TollgateSettings { Artifact = "artifacts/model" }));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Packaging")]
    public static TollgatePushResult TollgatePush(this ICakeContext context, string target, TollgateSettings settings) =>
        context.TollgatePush(target, settings, null);

    /// <summary>Pushes the artifact to a NuGet feed with the API key read from a named environment variable (<c>tollgate push</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="target">Where to push: <c>nuget:SOURCE</c>, <c>oci://REGISTRY/REPO</c> or <c>oci-layout:DIR</c>.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="apiKeyVariable">Name of the environment variable holding the NuGet API key (never the key itself).</param>
    /// <returns>The pinned reference and digests.</returns>
    /// <example><code>
    /// Task("Publish").Does(() => TollgatePush("nuget:https://nuget.example.com/v3/index.json", new TollgateSettings(), "MODELS_FEED_KEY"));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Packaging")]
    public static TollgatePushResult TollgatePush(this ICakeContext context, string target, TollgateSettings settings, string? apiKeyVariable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        ArgumentNullException.ThrowIfNull(settings);
        var result = Runner(context).Run<TollgatePushResult>(["push"], settings, args =>
        {
            _ = target.StartsWith(NuGetPrefix, StringComparison.Ordinal)
                ? args.Append("--nuget-source").AppendQuoted(target[NuGetPrefix.Length..])
                : args.Append("--oci").AppendQuoted(target);
            if (apiKeyVariable is not null)
            {
                args.Append("--api-key-variable").AppendQuoted(apiKeyVariable);
            }

            Artifact(args, settings, context);
        });
        context.Log.Information("{0} {1}", result.AlreadyPresent ? "Already present:" : "Pushed", result.Reference);
        return result;
    }

    /// <summary>Points a tag (e.g. <c>staging</c>) at a pushed OCI manifest by digest (<c>tollgate tag</c>): no upload, same digest.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="location"><c>oci://REGISTRY/REPO</c> or <c>oci-layout:DIR</c>.</param>
    /// <param name="digest">Manifest digest, <c>sha256:…</c>.</param>
    /// <param name="tag">Tag to set.</param>
    /// <returns>The tag set.</returns>
    /// <example><code>
    /// Task("TagStaging").Does(() => TollgateTag("oci-layout:artifacts/oci", TollgatePack().Oci.Digest, "staging"));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Packaging")]
    public static TollgateTagResult TollgateTag(this ICakeContext context, string location, string digest, string tag) =>
        context.TollgateTag(location, digest, tag, new TollgateSettings());

    /// <summary>Points a tag at a pushed OCI manifest by digest (<c>tollgate tag</c>); tollgate.yml is not read.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="location"><c>oci://REGISTRY/REPO</c> or <c>oci-layout:DIR</c>.</param>
    /// <param name="digest">Manifest digest, <c>sha256:…</c>.</param>
    /// <param name="tag">Tag to set.</param>
    /// <param name="settings">The settings (<see cref="TollgateSettings.ConfigFile"/> and <see cref="TollgateSettings.Artifact"/> are ignored).</param>
    /// <returns>The tag set.</returns>
    /// <example><code>
    /// Task("TagProduction").Does(() => TollgateTag("oci://127.0.0.1:5000/models/churn", "sha256:…", "production", new TollgateSettings()));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Packaging")]
    public static TollgateTagResult TollgateTag(this ICakeContext context, string location, string digest, string tag, TollgateSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        ArgumentException.ThrowIfNullOrWhiteSpace(digest);
        ArgumentException.ThrowIfNullOrWhiteSpace(tag);
        ArgumentNullException.ThrowIfNull(settings);
        return Runner(context).Run<TollgateTagResult>(["tag"], settings, args =>
        {
            _ = location.StartsWith(LayoutPrefix, StringComparison.Ordinal)
                ? args.Append("--oci-layout").AppendQuoted(location[LayoutPrefix.Length..])
                : args.Append("--oci").AppendQuoted(location);
            args.Append("--digest").AppendQuoted(digest).Append("--tag").AppendQuoted(tag);
        }, readsConfig: false);
    }
}
