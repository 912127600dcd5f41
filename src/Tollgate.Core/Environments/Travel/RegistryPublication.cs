using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Identity;
using Tollgate.Core.Oci;

namespace Tollgate.Core.Environments.Travel;

/// <summary>
/// The configured registry (<c>package.ociRepository</c>) as a publication of an artifact, but only when the registry
/// really holds its manifest (one request): a push recorded elsewhere, or run without tollgate.yml, still counts, and a
/// location that was never written is never named.
/// </summary>
internal static class RegistryPublication
{
    public static async Task<string?> FindAsync(TollgateConfig config, VerifiedArtifact artifact, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(artifact);
        if (config.Package.OciRepository is not { Length: > 0 } repository)
        {
            return null;
        }

        var digest = artifact.OciManifestDigest; // from the verified file digests: the files are not read again
        try
        {
            var reference = ArtifactReference.Repository(repository);
            using var store = OciLocation.OpenRegistry(reference);
            await store.GetManifestAsync(digest, ct);
            return reference.At(digest).ToString();
        }
        catch (Exception ex) when (ex is TollgateException or HttpRequestException)
        {
            return null; // not there (or unreachable): not a publication
        }
    }
}
