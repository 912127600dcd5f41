using Tollgate.Core.Config;
using Tollgate.Core.Environments.Travel;
using Tollgate.Core.Oci;
using Tollgate.Core.Packaging;

namespace Tollgate.Cli.Commands;

/// <summary>The recorded reference of an OCI publication: <c>oci:REGISTRY/REPO@sha256:…</c> or <c>oci-layout:DIR@sha256:…</c>.</summary>
internal static class PublishedOci
{
    public static string Reference(TollgateConfig config, OciPushResult result) =>
        result.Location.StartsWith(OciLocation.LayoutPrefix, StringComparison.Ordinal)
            ? $"{EnvironmentTagger.LayoutRef}{PublishedArtifacts.Portable(config, result.Location[OciLocation.LayoutPrefix.Length..])}@{result.Digest}"
            : $"{EnvironmentTagger.RegistryRef}{(result.Location.StartsWith("oci://", StringComparison.Ordinal) ? result.Location["oci://".Length..] : result.Location)}@{result.Digest}";
}
