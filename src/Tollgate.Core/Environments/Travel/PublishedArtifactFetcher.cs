using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Errors;
using Tollgate.Core.Oci;
using Tollgate.Core.Packaging;

namespace Tollgate.Core.Environments.Travel;

/// <summary>
/// Brings the exact artifact of a deployment onto this machine from the references recorded with it: OCI registry first,
/// then NuGet feeds, then a local OCI layout only when that folder exists here. Every file is verified against the
/// artifact's manifest and the content digest must equal the deployment's; a mismatch is never used.
/// Fetched artifacts live under <c>.tollgate/fetched/HEX</c> and are reused (after re-verification) by later commands.
/// </summary>
internal sealed class PublishedArtifactFetcher(TollgateConfig config, IProgress<string>? progress = null)
{
    public async Task<string> FetchAsync(DeploymentRecord deployment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        var digest = deployment.Model.Digest;
        var cached = config.Resolve(Path.Combine(".tollgate", "fetched", digest.Replace("sha256:", "", StringComparison.Ordinal)));
        if (Directory.Exists(cached) && Verified(cached, digest))
        {
            return cached;
        }

        var failures = new List<string>();
        foreach (var reference in deployment.Artifacts.OrderBy(Preference))
        {
            var output = Directory.Exists(cached) ? $"{cached}.{Guid.NewGuid():N}" : cached;
            try
            {
                if (!await TryFetchAsync(reference, output, deployment.Model.Name, ct))
                {
                    continue;
                }

                if (Verified(output, digest))
                {
                    progress?.Report($"  fetched {deployment.Model.Name} {deployment.Model.Version} ({digest}) from {reference}");
                    return output;
                }

                failures.Add($"{reference}: holds another digest");
                Directory.Delete(output, recursive: true);
            }
            catch (Exception ex) when (ex is TollgateException or IOException or HttpRequestException)
            {
                failures.Add($"{reference}: {ex.Message}");
            }
        }

        throw new TollgateException(ErrorCodes.PublishedArtifactUnavailable,
            $"{deployment.Model.Name} {deployment.Model.Version} ({digest}) is live in '{deployment.Environment}' (deployment {deployment.Id}), but no recorded artifact location could deliver it"
            + (failures.Count == 0 ? $" (recorded: {(deployment.Artifacts.Count == 0 ? "none" : string.Join(", ", deployment.Artifacts))})." : ": " + string.Join("; ", failures) + "."),
            "Publish the artifact somewhere every agent can reach (tollgate push --oci REGISTRY/REPO or --nuget-source FEED) before promoting it into the first environment, or pass --artifact DIR.");
    }

    private async Task<bool> TryFetchAsync(string reference, string output, string name, CancellationToken ct)
    {
        if (reference.StartsWith(EnvironmentTagger.LayoutRef, StringComparison.Ordinal) || reference.StartsWith(EnvironmentTagger.RegistryRef, StringComparison.Ordinal))
        {
            var layout = reference.StartsWith(EnvironmentTagger.LayoutRef, StringComparison.Ordinal);
            var at = reference.LastIndexOf('@');
            var location = reference[(layout ? EnvironmentTagger.LayoutRef : EnvironmentTagger.RegistryRef).Length..at];
            if (layout && !Directory.Exists(config.Resolve(location)))
            {
                return false; // a layout is a build output of the agent that packed it
            }

            var store = OciLocation.Open(layout ? EnvironmentTagger.LayoutRef + config.Resolve(location) : location);
            try
            {
                await OciFetcher.FetchAsync(store, reference[(at + 1)..], output, name, ct);
                return true;
            }
            finally
            {
                (store as IDisposable)?.Dispose();
            }
        }

        if (NuGetReference.TryParse(reference, out var source, out var id, out var version))
        {
            var local = !source.Contains("://", StringComparison.Ordinal);
            if (local && !Directory.Exists(config.Resolve(source)))
            {
                return false;
            }

            await new NuGetFeedClient(local ? config.Resolve(source) : source, progress: progress).FetchAsync(id, version, output, name, ct);
            return true;
        }

        return false;
    }

    private static bool Verified(string dir, string digest)
    {
        try
        {
            return ManifestStore.Read(dir).Digest == digest;
        }
        catch (TollgateException)
        {
            return false;
        }
    }

    // Shared locations first: a registry, then a feed, then a layout that may exist on this machine only.
    private static int Preference(string reference) =>
        reference.StartsWith(EnvironmentTagger.RegistryRef, StringComparison.Ordinal) ? 0 : reference.StartsWith("nuget:", StringComparison.Ordinal) ? 1 : 2;
}
