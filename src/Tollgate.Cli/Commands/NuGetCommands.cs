using System.CommandLine;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Environments.Travel;
using Tollgate.Core.Errors;
using Tollgate.Core.Identity;
using Tollgate.Core.Packaging;

namespace Tollgate.Cli.Commands;

/// <summary>The NuGet halves of <c>push</c> and <c>fetch</c>: pack deterministically, push with the API key from the environment, fetch and verify.</summary>
internal static class NuGetCommands
{
    public static async Task<int> PushAsync(string source, string artifactDir, TollgateConfig config, string? apiKeyVariable, bool json, CancellationToken ct)
    {
        var variable = apiKeyVariable ?? config.Package.ApiKeyVariable;
        var apiKey = Environment.GetEnvironmentVariable(variable) is { Length: > 0 } key ? key : null;
        Core.Util.SecretMasker.Register(apiKey);
        var temp = Core.Util.ScratchFiles.CreateDirectory(artifactDir, "push"); // the package is packed here, then pushed
        try
        {
            var packed = new NuGetModelPackager(config).Pack(artifactDir, temp);
            if (packed.Warning is { } warning)
            {
                Console.Error.WriteLine(warning);
            }

            var result = await new NuGetFeedClient(source, apiKey, CliContext.Progress).PushAsync(packed.Path, ct);
            if (Path.IsPathRooted(config.SourcePath) && File.Exists(config.SourcePath))
            {
                var where = source.Contains("://", StringComparison.Ordinal) ? source : PublishedArtifacts.Portable(config, source);
                PublishedArtifacts.Record(config, result.ModelDigest, PublishedArtifacts.NuGet(where, result.PackageId, result.Version));
            }

            OciOutput.Write(
                json,
                result,
                result.AlreadyPresent ? $"{result.PackageId} {result.Version} is already in {result.Source} with the same model digest" : $"Pushed {result.PackageId} {result.Version} to {result.Source}",
                $"  model:   {result.ModelDigest}",
                $"  package: {result.PackageDigest}",
                $"  api key: {(apiKey is null ? $"none (${variable} is not set)" : $"from ${variable}")}");
            return 0;
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    /// <param name="spec">NAME@VERSION or NAME@RANGE, e.g. <c>churn-classifier@[1.0,2.0)</c>.</param>
    /// <param name="from">A <c>nuget:SOURCE</c> reference.</param>
    public static async Task<int> FetchAsync(ModelSpec spec, ArtifactReference from, string output, string? packageId, string? configPath, bool json, CancellationToken ct)
    {
        var (name, version) = (spec.Expect("a NuGet fetch", ModelSelector.Version, ModelSelector.Range).Name, spec.Selector);
        var id = packageId ?? PackageIdFromConfig(name, configPath) ?? name;
        // When NAME maps to another package id, the package must hold that model; NAME used as the id accepts its model.
        var result = await new NuGetFeedClient(from.Location, progress: CliContext.Progress)
            .FetchAsync(id, version, output, id == name ? null : name, ct);

        OciOutput.Write(
            json,
            result,
            $"Fetched {result.Name} {result.Version} ({result.PackageId}) into {result.Output}",
            $"  from:    {result.Source}",
            $"  model:   {result.ModelDigest}",
            $"  package: {result.PackageDigest}");
        if (!json && Core.Artifacts.ManifestStore.Read(result.Output, verifyFiles: false).LegacyDigest)
        {
            Console.Out.WriteLine(Core.Oci.OciFetchResult.LegacyNote); // the fetch verified every file; only the metrics are untrusted
        }

        return 0;
    }

    /// <summary>tollgate.yml maps a model name to its package id; without a config (or another model) the name is the id.</summary>
    private static string? PackageIdFromConfig(string name, string? configPath)
    {
        try
        {
            var config = ConfigLoader.Load(configPath);
            return config.Model.Name == name ? config.Package.Id : null;
        }
        catch (TollgateException ex) when (configPath is null && ex.Code == ErrorCodes.ConfigNotFound)
        {
            return null;
        }
    }

    /// <summary>The config for packing: tollgate.yml when there is one, else a minimal one named after the artifact's model.</summary>
    public static TollgateConfig ConfigFor(string? configPath, string artifactDir)
    {
        try
        {
            return ConfigLoader.Load(configPath);
        }
        catch (TollgateException ex) when (configPath is null && ex.Code == ErrorCodes.ConfigNotFound)
        {
            return new TollgateConfig { Model = { Name = ManifestStore.Read(artifactDir, verifyFiles: false).Name } };
        }
    }
}
