using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Packaging;

namespace Tollgate.Core.Environments;

/// <summary>
/// Chooses a version for a freshly trained digest: the version already given to that digest (ledger or
/// feed) so re-runs are idempotent; else the configured version; else one patch above the highest known.
/// </summary>
public sealed class VersionResolver(TollgateConfig config, IEnvironmentBackend backend)
{
    public async Task<Func<string, string>> CreateAsync(CancellationToken ct)
    {
        var deployments = await backend.ListDeploymentsAsync(null, ct);
        var known = deployments.Where(d => d.Model.Name == config.Model.Name).Select(d => (d.Model.Digest, d.Model.Version))
            .Concat(FolderFeed.Manifests(config.Resolve(config.Package.Feed)).Where(m => m.Name == config.Model.Name).Select(m => (m.Digest, m.Version)))
            .ToList();
        return digest => known.FirstOrDefault(k => k.Digest == digest).Version
            ?? ModelVersioning.Next(config.Model.Version, known.Select(k => k.Version), digest, config.Model.InitialVersion);
    }
}
