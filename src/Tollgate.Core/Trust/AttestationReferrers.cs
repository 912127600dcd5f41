using System.Globalization;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Identity;
using Tollgate.Core.Oci;
using Tollgate.Core.Packaging;

namespace Tollgate.Core.Trust;

/// <summary>Signatures and attestations as OCI referrers of the model's manifest, in the layout and the registry a deployment names.</summary>
internal static class AttestationReferrers
{
    public const string SignatureArtifactType = "application/vnd.dev.sigstore.bundle.v0.3+json";
    public const string AttestationArtifactType = "application/vnd.tollgate.promotion-attestation.v1+json";

    /// <summary>The manifest digest of this model version in <c>package.ociLayout</c>, or null when it is not there.</summary>
    public static async Task<string?> FindModelManifestAsync(TollgateConfig config, ModelManifest manifest, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(manifest);
        var layout = config.Resolve(config.Package.OciLayout);
        if (!File.Exists(Path.Combine(layout, "oci-layout")))
        {
            return null;
        }

        try
        {
            var store = new OciLayout(layout);
            var found = await store.GetManifestAsync(OciTags.ForVersion(manifest.Version), ct);
            var parsed = OciManifestJson.Parse(found.Bytes, store.Location);
            return parsed.Annotations?.GetValueOrDefault(OciMediaTypes.TollgateDigest) == manifest.Digest ? found.Digest : null;
        }
        catch (TollgateException)
        {
            return null; // not packed into the layout (or packed by another version): nothing to attach to
        }
    }

    /// <summary>The OCI manifest digest a deployment pins (its oci-layout:/oci: references), if any.</summary>
    public static string? DigestOf(DeploymentRecord deployment)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        return deployment.Artifacts
            .Select(text => ArtifactReference.TryParse(text, out var parsed, out _) ? parsed : null)
            .FirstOrDefault(r => r is { IsOci: true, Digest: not null })?.Digest;
    }

    /// <summary>Attaches to the manifest in the configured layout.</summary>
    public static Task AttachAsync(TollgateConfig config, string subjectDigest, byte[] payload, string artifactType, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(config);
        return AttachAsync(ArtifactReference.Layout(config.Resolve(config.Package.OciLayout)), subjectDigest, payload, artifactType, ct);
    }

    /// <summary>Attaches in every OCI location the deployment references (a layout that exists here, a registry); failures are reported, not thrown: the promotion already happened.</summary>
    public static async Task AttachToDeploymentAsync(TollgateConfig config, DeploymentRecord deployment, byte[] payload, string artifactType, IProgress<string>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(config);
        // Layouts that do not exist on this machine (a local build output) are skipped by PinnedOci.
        foreach (var pinned in EnvironmentTagger.PinnedOci(config, deployment))
        {
            var (resolved, digest) = (pinned.Unpinned(), pinned.Digest!);
            try
            {
                if (await IsAttachedAsync(resolved, digest, payload, artifactType, ct))
                {
                    continue; // a re-run after a crash: the same bytes are there already (the referrer's own time would differ)
                }

                await AttachAsync(resolved, digest, payload, artifactType, ct);
                progress?.Report($"  attestation attached to {digest[..19]}… in {resolved} (referrers tag {OciReferrers.FallbackTag(digest)[..18]}…)");
            }
            catch (TollgateException ex)
            {
                progress?.Report($"  ! could not attach the attestation in {resolved}: {ex.Code} {ex.Message} (it is stored locally)");
            }
        }
    }

    private static async Task<bool> IsAttachedAsync(ArtifactReference location, string subjectDigest, byte[] payload, string artifactType, CancellationToken ct)
    {
        var store = OciLocation.Open(location);
        try
        {
            return (await OciReferrers.ListAsync(store, subjectDigest, artifactType, ct)).Any(p => p.AsSpan().SequenceEqual(payload));
        }
        finally
        {
            (store as IDisposable)?.Dispose();
        }
    }

    /// <param name="location">An OCI location: <c>oci-layout:DIR</c> or <c>oci://REGISTRY/REPO</c>.</param>
    public static async Task AttachAsync(ArtifactReference location, string subjectDigest, byte[] payload, string artifactType, CancellationToken ct)
    {
        var store = OciLocation.Open(location);
        try
        {
            var subject = await store.GetManifestAsync(subjectDigest, ct);
            await OciReferrers.AttachAsync(store, new OciDescriptor(OciMediaTypes.ImageManifest, subject.Digest, subject.Bytes.Length), artifactType, payload,
                new Dictionary<string, string> { [OciMediaTypes.Created] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) }, ct);
        }
        finally
        {
            (store as IDisposable)?.Dispose();
        }
    }
}
