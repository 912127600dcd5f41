using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Errors;
using Tollgate.Core.Oci;

namespace Tollgate.Core.Trust;

/// <summary>Signatures and attestations as OCI referrers of the model's manifest in the configured image layout.</summary>
public static class AttestationReferrers
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

    /// <summary>Attaches to the manifest in the configured layout.</summary>
    public static Task AttachAsync(TollgateConfig config, string subjectDigest, byte[] payload, string artifactType, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(config);
        return AttachAsync(config.Resolve(config.Package.OciLayout), subjectDigest, payload, artifactType, ct);
    }

    public static async Task AttachAsync(string layoutDir, string subjectDigest, byte[] payload, string artifactType, CancellationToken ct)
    {
        var store = new OciLayout(layoutDir);
        var subject = await store.GetManifestAsync(subjectDigest, ct);
        await OciReferrers.AttachAsync(store, new OciDescriptor(OciMediaTypes.ImageManifest, subject.Digest, subject.Bytes.Length), artifactType, payload,
            new Dictionary<string, string> { [OciMediaTypes.Created] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) }, ct);
    }
}
