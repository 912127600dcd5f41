using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Oci;

namespace Tollgate.Core.Packaging;

/// <summary>
/// Points the environment's OCI tag (staging, production) at the digest a deployment made live, in every
/// OCI location the deployment references: a re-tag of the existing manifest, never a re-upload.
/// </summary>
public sealed class EnvironmentTagger(TollgateConfig config, IProgress<string>? progress = null)
{
    public const string LayoutRef = "oci-layout:";
    public const string RegistryRef = "oci:";

    /// <summary>Artifact references for a packed artifact: the layout (relative to tollgate.yml) and the registry repo if configured.</summary>
    public IReadOnlyList<string> References(string ociDigest)
    {
        var refs = new List<string> { $"{LayoutRef}{config.Package.OciLayout}@{ociDigest}" };
        if (config.Package.OciRepository is { Length: > 0 } repo)
        {
            refs.Add($"{RegistryRef}{repo}@{ociDigest}");
        }

        return refs;
    }

    public async Task TagAsync(DeploymentRecord deployment, CancellationToken ct)
    {
        foreach (var reference in deployment.Artifacts)
        {
            var at = reference.LastIndexOf('@');
            if (at < 0 || !(reference.StartsWith(LayoutRef, StringComparison.Ordinal) || reference.StartsWith(RegistryRef, StringComparison.Ordinal)))
            {
                continue;
            }

            var location = reference.StartsWith(LayoutRef, StringComparison.Ordinal)
                ? LayoutRef + config.Resolve(reference[LayoutRef.Length..at])
                : reference[RegistryRef.Length..at];
            if (location.StartsWith(LayoutRef, StringComparison.Ordinal) && !Directory.Exists(location[LayoutRef.Length..]))
            {
                continue; // the layout is a local build output; on another machine it may not exist
            }

            var store = OciLocation.Open(location);
            try
            {
                if (await TaggedDigestAsync(store, deployment.Environment, ct) == reference[(at + 1)..])
                {
                    continue; // already converged (a re-run after a crash, or nothing moved)
                }

                await OciTagger.TagAsync(store, reference[(at + 1)..], deployment.Environment, ct);
                Util.CrashPoint.Reached(location.StartsWith(LayoutRef, StringComparison.Ordinal) ? "tagged:layout" : "tagged:registry");
                progress?.Report($"  OCI tag {deployment.Environment} → {reference[(at + 1)..][..19]}… in {location}");
            }
            finally
            {
                (store as IDisposable)?.Dispose();
            }
        }
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
