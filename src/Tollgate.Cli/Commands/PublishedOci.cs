using Tollgate.Core.Config;
using Tollgate.Core.Environments.Travel;
using Tollgate.Core.Identity;
using Tollgate.Core.Oci;

namespace Tollgate.Cli.Commands;

/// <summary>The recorded reference of an OCI publication: <c>oci://REGISTRY/REPO@sha256:…</c> or <c>oci-layout:DIR@sha256:…</c> (DIR relative to tollgate.yml).</summary>
internal static class PublishedOci
{
    public static string Reference(TollgateConfig config, OciPushResult result) => Reference(config.Resolve("."), result);

    /// <param name="projectRoot">The folder of tollgate.yml.</param>
    /// <param name="result">The push.</param>
    public static string Reference(string projectRoot, OciPushResult result)
    {
        var location = ArtifactReference.Parse(result.Location);
        var recorded = location.Kind == ArtifactReferenceKind.OciLayout ? ArtifactReference.Layout(PublishedArtifacts.Portable(projectRoot, location.Location)) : location;
        return recorded.At(result.Digest).ToString();
    }
}
