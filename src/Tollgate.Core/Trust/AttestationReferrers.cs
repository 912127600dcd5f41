using System.Globalization;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Errors;
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
        return Locations(deployment).Select(l => l.Digest).FirstOrDefault();
    }

    /// <summary>Attaches to the manifest in the configured layout.</summary>
    public static Task AttachAsync(TollgateConfig config, string subjectDigest, byte[] payload, string artifactType, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(config);
        return AttachAsync(EnvironmentTagger.LayoutRef + config.Resolve(config.Package.OciLayout), subjectDigest, payload, artifactType, ct);
    }

    /// <summary>Attaches in every OCI location the deployment references (a layout that exists here, a registry); failures are reported, not thrown: the promotion already happened.</summary>
    public static async Task AttachToDeploymentAsync(TollgateConfig config, DeploymentRecord deployment, byte[] payload, string artifactType, IProgress<string>? progress, CancellationToken ct, bool registriesOnly = false)
    {
        ArgumentNullException.ThrowIfNull(config);
        foreach (var (location, digest) in Locations(deployment).Where(l => !registriesOnly || !l.Location.StartsWith(EnvironmentTagger.LayoutRef, StringComparison.Ordinal)))
        {
            var resolved = location.StartsWith(EnvironmentTagger.LayoutRef, StringComparison.Ordinal) ? EnvironmentTagger.LayoutRef + config.Resolve(location[EnvironmentTagger.LayoutRef.Length..]) : location;
            if (resolved.StartsWith(EnvironmentTagger.LayoutRef, StringComparison.Ordinal) && !Directory.Exists(resolved[EnvironmentTagger.LayoutRef.Length..]))
            {
                continue; // a local build output that does not exist on this machine
            }

            try
            {
                await AttachAsync(resolved, digest, payload, artifactType, ct);
                progress?.Report($"  attestation attached to {digest[..19]}… in {resolved} (referrers tag {OciReferrers.FallbackTag(digest)[..18]}…)");
            }
            catch (TollgateException ex)
            {
                progress?.Report($"  ! could not attach the attestation in {resolved}: {ex.Code} {ex.Message} (it is stored locally)");
            }
        }
    }

    /// <param name="location">An OCI location as <c>tollgate push --oci</c> takes it: <c>oci-layout:DIR</c> or <c>REGISTRY/REPO</c>.</param>
    public static async Task AttachAsync(string location, string subjectDigest, byte[] payload, string artifactType, CancellationToken ct)
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

    private static IEnumerable<(string Location, string Digest)> Locations(DeploymentRecord deployment) =>
        deployment.Artifacts
            .Where(r => r.StartsWith(EnvironmentTagger.LayoutRef, StringComparison.Ordinal) || r.StartsWith(EnvironmentTagger.RegistryRef, StringComparison.Ordinal))
            .Select(r => (At: r.LastIndexOf('@'), Ref: r))
            .Where(r => r.At > 0 && OciDigest.IsValid(r.Ref[(r.At + 1)..]))
            .Select(r => (r.Ref.StartsWith(EnvironmentTagger.LayoutRef, StringComparison.Ordinal) ? r.Ref[..r.At] : r.Ref[EnvironmentTagger.RegistryRef.Length..r.At], r.Ref[(r.At + 1)..]));
}
