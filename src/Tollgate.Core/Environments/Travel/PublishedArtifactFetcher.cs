using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Identity;
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
    /// <returns>The fetched folder, verified once (callers pass it on rather than reading it again).</returns>
    public async Task<VerifiedArtifact> FetchAsync(DeploymentRecord deployment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        var digest = deployment.Model.Digest;
        var cached = config.Resolve(Path.Combine(".tollgate", "fetched", digest.Replace("sha256:", "", StringComparison.Ordinal)));
        if (Directory.Exists(cached) && Verified(cached, digest) is { } reused)
        {
            return reused;
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

                if (Verified(output, digest) is { } fetched)
                {
                    progress?.Report($"  fetched {deployment.Model.Name} {deployment.Model.Version} ({digest}) from {reference}");
                    return fetched;
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

    private async Task<bool> TryFetchAsync(string text, string output, string name, CancellationToken ct)
    {
        if (!ArtifactReference.TryParse(text, out var parsed, out _))
        {
            return false;
        }

        var reference = parsed.ResolvedAgainst(config);
        if (reference.IsLocal && !Directory.Exists(reference.Location))
        {
            return false; // a layout or folder feed is a build output of the agent that packed it
        }

        if (reference is { IsOci: true, Digest: { } digest })
        {
            var store = OciLocation.Open(reference.Unpinned());
            try
            {
                await OciFetcher.FetchAsync(store, digest, output, name, ct);
                return true;
            }
            finally
            {
                (store as IDisposable)?.Dispose();
            }
        }

        if (reference is { Kind: ArtifactReferenceKind.NuGet, PackageId: { } id, Version: { } version })
        {
            await new NuGetFeedClient(reference.Location, progress: progress).FetchAsync(id, version, output, name, ct);
            return true;
        }

        return false;
    }

    private static VerifiedArtifact? Verified(string dir, string digest)
    {
        try
        {
            var artifact = VerifiedArtifact.Load(dir);
            return artifact.Digest == digest ? artifact : null;
        }
        catch (TollgateException)
        {
            return null;
        }
    }

    // Shared locations first: a registry, then a feed, then a layout that may exist on this machine only.
    private static int Preference(string reference) =>
        !ArtifactReference.TryParse(reference, out var parsed, out _) ? 3
        : parsed.Kind == ArtifactReferenceKind.OciRegistry ? 0 : parsed.Kind == ArtifactReferenceKind.NuGet ? 1 : 2;
}
