using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Packaging;
using Tollgate.Core.Util;

namespace Tollgate.Core.Environments;

/// <summary>
/// Chooses a version for a freshly trained digest from shared state — the backend's deployments (ledger, git ledger or
/// GitHub), the OCI registry's version tags (<c>package.ociRepository</c>) — plus the local folder feed: the version
/// already given to that digest, so re-runs and fresh clones agree; else the configured version; else one patch above
/// the highest version known anywhere, so a different digest never reuses a published version.
/// </summary>
internal sealed class VersionResolver(TollgateConfig config, IEnvironmentBackend backend)
{
    public async Task<Func<string, string>> CreateAsync(CancellationToken ct)
    {
        var deployments = await DeploymentHistory.ListEveryAsync(backend, ct);
        var known = deployments.Where(d => d.Model.Name == config.Model.Name).Select(d => (d.Model.Digest, d.Model.Version))
            .Concat(FolderFeed.Manifests(config.Resolve(config.Package.Feed)).Where(m => m.Name == config.Model.Name).Select(m => (m.Digest, m.Version)))
            .ToList();
        var tagged = await RegistryVersions.ListAsync(config, ct);
        return digest => known.FirstOrDefault(k => k.Digest == digest).Version
            ?? tagged.FirstOrDefault(v => v.EndsWith("+sha." + Hashing.Short(digest), StringComparison.Ordinal))
            ?? ModelVersioning.Next(config.Model.Version, known.Select(k => k.Version).Concat(tagged), digest, config.Model.InitialVersion);
    }
}
