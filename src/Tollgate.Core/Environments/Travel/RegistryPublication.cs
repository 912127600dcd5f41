using Tollgate.Core.Config;
using Tollgate.Core.Errors;
using Tollgate.Core.Oci;
using Tollgate.Core.Packaging;

namespace Tollgate.Core.Environments.Travel;

/// <summary>
/// The configured registry (<c>package.ociRepository</c>) as a publication of an artifact, but only when the registry
/// really holds its manifest (one request): a push recorded elsewhere, or run without tollgate.yml, still counts, and a
/// location that was never written is never named.
/// </summary>
internal static class RegistryPublication
{
    public static async Task<string?> FindAsync(TollgateConfig config, string artifactDir, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.Package.OciRepository is not { Length: > 0 } repository)
        {
            return null;
        }

        var digest = OciArtifactBuilder.Build(artifactDir).ManifestDigest;
        try
        {
            using var store = OciLocation.OpenRegistry(repository);
            await store.GetManifestAsync(digest, ct);
            return $"{EnvironmentTagger.RegistryRef}{repository}@{digest}";
        }
        catch (Exception ex) when (ex is TollgateException or HttpRequestException)
        {
            return null; // not there (or unreachable): not a publication
        }
    }
}
