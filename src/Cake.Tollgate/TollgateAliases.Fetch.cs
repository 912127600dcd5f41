using Cake.Core.IO;

namespace Cake.Tollgate;

/// <summary>Fetch a model by version, range, digest, or by the environment it runs in.</summary>
public static partial class TollgateAliases
{
    /// <summary>Fetches a model and verifies every file's digest (<c>tollgate fetch</c>); nothing is written unless all match.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="model"><c>NAME@VERSION</c>, <c>NAME@RANGE</c> (NuGet, e.g. <c>churn@[1.0,2.0)</c>) or <c>NAME@sha256:…</c> (OCI).</param>
    /// <param name="from"><c>nuget:SOURCE</c>, <c>oci://REGISTRY/REPO</c> or <c>oci-layout:DIR</c>.</param>
    /// <param name="output">Folder to write the model to (must not exist or be empty).</param>
    /// <returns>What was fetched and its digests.</returns>
    /// <example><code>
    /// Task("FetchModel").Does(() => Information(TollgateFetch("churn-classifier@[1.0,2.0)", "nuget:artifacts/feed", "artifacts/fetched").Version));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Packaging")]
    public static TollgateFetchResult TollgateFetch(this ICakeContext context, string model, string from, DirectoryPath output) =>
        context.TollgateFetch(model, from, output, new TollgateSettings());

    /// <summary>Fetches a model and verifies every file's digest (<c>tollgate fetch</c>); nothing is written unless all match.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="model"><c>NAME@VERSION</c>, <c>NAME@RANGE</c> or <c>NAME@sha256:…</c>.</param>
    /// <param name="from"><c>nuget:SOURCE</c>, <c>oci://REGISTRY/REPO</c> or <c>oci-layout:DIR</c>.</param>
    /// <param name="output">Folder to write the model to (must not exist or be empty).</param>
    /// <param name="settings">The settings (<see cref="TollgateSettings.ConfigFile"/> maps a model name to its NuGet package id).</param>
    /// <returns>What was fetched and its digests.</returns>
    /// <example><code>
    /// Task("FetchModel").Does(() => TollgateFetch("churn-classifier@1.4.0", "oci-layout:artifacts/oci", "artifacts/fetched", new TollgateSettings()));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Packaging")]
    public static TollgateFetchResult TollgateFetch(this ICakeContext context, string model, string from, DirectoryPath output, TollgateSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(settings);
        var fetched = Runner(context).Run<TollgateFetchResult>(["fetch"], settings, args => args
            .AppendQuoted(model)
            .Append("--from").AppendQuoted(from)
            .Append("--output").AppendQuoted(output.MakeAbsolute(context.Environment).FullPath));
        context.Log.Information("Fetched {0} {1} ({2}) from {3} into {4}", fetched.Name, fetched.Version, fetched.ModelContentDigest, fetched.Reference, fetched.Output);
        return fetched;
    }

    /// <summary>
    /// Fetches exactly what runs in an environment: reads its current digest (<c>tollgate status</c>), fetches that
    /// version (NuGet) or manifest digest (OCI), and fails unless the fetched model has the environment's digest.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="environment">Environment, e.g. production.</param>
    /// <param name="from"><c>nuget:SOURCE</c>, <c>oci://REGISTRY/REPO</c> or <c>oci-layout:DIR</c>.</param>
    /// <param name="output">Folder to write the model to (must not exist or be empty).</param>
    /// <returns>What was fetched; its <see cref="TollgateFetchResult.ModelContentDigest"/> is the environment's digest.</returns>
    /// <example><code>
    /// Task("FetchProduction").Does(() => TollgateFetchEnvironment("production", "nuget:artifacts/feed", "artifacts/serving"));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Packaging")]
    public static TollgateFetchResult TollgateFetchEnvironment(this ICakeContext context, string environment, string from, DirectoryPath output) =>
        context.TollgateFetchEnvironment(environment, from, output, new TollgateSettings());

    /// <summary>Fetches exactly what runs in an environment, verified against the environment's digest (see the overload without settings).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="environment">Environment, e.g. production.</param>
    /// <param name="from"><c>nuget:SOURCE</c>, <c>oci://REGISTRY/REPO</c> or <c>oci-layout:DIR</c>.</param>
    /// <param name="output">Folder to write the model to (must not exist or be empty).</param>
    /// <param name="settings">The settings.</param>
    /// <returns>What was fetched; its <see cref="TollgateFetchResult.ModelContentDigest"/> is the environment's digest.</returns>
    /// <example><code>
    /// Task("FetchProduction").Does(() => TollgateFetchEnvironment("production", "oci://ghcr.io/org/churn", "artifacts/serving", new TollgateSettings { ConfigFile = "tollgate.yml" }));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Packaging")]
    public static TollgateFetchResult TollgateFetchEnvironment(this ICakeContext context, string environment, string from, DirectoryPath output, TollgateSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(environment);
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(settings);
        var status = Runner(context).Run<Environments.TollgateStatusResult>(["status"], settings, args => args.Append("--environment").AppendQuoted(environment));
        var current = status.For(environment);
        var fetched = context.TollgateFetch(EnvironmentFetch.ModelSpec(current, from), from, output, settings);
        EnvironmentFetch.Verify(current, fetched, context.FileSystem.GetDirectory(output.MakeAbsolute(context.Environment)));
        return fetched;
    }
}
