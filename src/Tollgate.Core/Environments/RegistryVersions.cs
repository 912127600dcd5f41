using NuGet.Versioning;
using Tollgate.Core.Config;
using Tollgate.Core.Oci;

namespace Tollgate.Core.Environments;

/// <summary>Model versions the OCI registry holds: its version tags (<c>1.4.1_sha.9f2c1e0a</c> is version <c>1.4.1+sha.9f2c1e0a</c>).</summary>
internal static class RegistryVersions
{
    public static async Task<IReadOnlyList<string>> ListAsync(TollgateConfig config, CancellationToken ct)
    {
        if (config.Package.OciRepository is not { Length: > 0 } repository)
        {
            return [];
        }

        using var store = OciLocation.OpenRegistry(repository);
        var tags = await store.ListTagsAsync(ct);
        return [.. tags.Select(t => t.Replace('_', '+')).Where(v => SemanticVersion.TryParse(v, out _))];
    }
}
