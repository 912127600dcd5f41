using NuGet.Versioning;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Oci;

namespace Tollgate.Core.Packaging;

/// <summary>How a deployment names the published artifact: NuGet id@version and OCI locations pinned by digest.</summary>
public static class ArtifactReferences
{
    public static IReadOnlyList<string> For(TollgateConfig config, string artifactDir, ModelManifest manifest)
    {
        var version = SemanticVersion.Parse(manifest.Version).ToNormalizedString();
        var ociDigest = OciArtifactBuilder.Build(artifactDir).ManifestDigest;
        return [$"nuget:{new NuGetModelPackager(config).PackageId}@{version}", .. new EnvironmentTagger(config).References(ociDigest)];
    }
}
