using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Identity;
using Tollgate.Core.Oci;

namespace Tollgate.Core.Packaging;

/// <summary>
/// Points the environment's OCI tag (staging, production) at the digest a deployment made live, in every
/// OCI location the deployment references: a re-tag of the existing manifest, never a re-upload.
/// </summary>
internal sealed class EnvironmentTagger(TollgateConfig config, IProgress<string>? progress = null)
{
    /// <summary>Artifact references for a packed artifact: the layout (relative to tollgate.yml) and the registry repo if configured.</summary>
    public IReadOnlyList<string> References(string ociDigest)
    {
        var refs = new List<string> { ArtifactReference.Layout(config.Package.OciLayout, ociDigest).ToString() };
        if (config.Package.OciRepository is { Length: > 0 } repo)
        {
            refs.Add(ArtifactReference.Repository(repo).At(ociDigest).ToString());
        }

        return refs;
    }

    public async Task TagAsync(DeploymentRecord deployment, CancellationToken ct)
    {
        foreach (var pinned in PinnedOci(config, deployment))
        {
            var digest = pinned.Digest!;
            var location = pinned.Unpinned();
            var store = OciLocation.Open(location);
            try
            {
                if (await TaggedDigestAsync(store, deployment.Environment, ct) == digest)
                {
                    continue; // already converged (a re-run after a crash, or nothing moved)
                }

                await OciTagger.TagAsync(store, digest, deployment.Environment, ct);
                Util.CrashPoint.Reached(location.Kind == ArtifactReferenceKind.OciLayout ? "tagged:layout" : "tagged:registry");
                progress?.Report($"  OCI tag {deployment.Environment} → {digest[..19]}… in {location}");
            }
            finally
            {
                (store as IDisposable)?.Dispose();
            }
        }
    }

    /// <summary>
    /// The OCI references a deployment recorded that are pinned by digest and reachable from here (layouts resolved against
    /// tollgate.yml; a layout is a local build output and may not exist on another machine). Other references are skipped.
    /// </summary>
    public static IEnumerable<ArtifactReference> PinnedOci(TollgateConfig config, DeploymentRecord deployment)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(deployment);
        return deployment.Artifacts
            .Select(text => ArtifactReference.TryParse(text, out var parsed, out _) ? parsed : null)
            .OfType<ArtifactReference>()
            .Where(r => r.IsOci && r.Digest is not null)
            .Select(r => r.ResolvedAgainst(config))
            .Where(r => r.Kind != ArtifactReferenceKind.OciLayout || Directory.Exists(r.Location));
    }

    private static async Task<string?> TaggedDigestAsync(IOciStore store, string tag, CancellationToken ct)
    {
        try
        {
            return (await store.GetManifestAsync(tag, ct)).Digest;
        }
        catch (Errors.TollgateException ex) when (ex.Code == Errors.ErrorCodes.OciNotFound)
        {
            return null;
        }
    }
}
