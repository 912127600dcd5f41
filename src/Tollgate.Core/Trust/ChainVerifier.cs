using Tollgate.Core.Config;
using Tollgate.Core.Environments;

namespace Tollgate.Core.Trust;

/// <summary>
/// <c>tollgate verify --environment E</c>: the digest live in E has a valid attestation for E (its current deployment)
/// and for every environment it passed on the way, each with passing verdicts, the configured approvals, a trusted
/// signature (when trusted keys are configured) and a ledger head the intact ledger still contains.
/// </summary>
internal sealed class ChainVerifier(TollgateConfig config, IEnvironmentBackend backend, IProgress<string>? progress = null)
{
    public sealed record Link(string Environment, string DeploymentId, string Attestation, string? KeyHint, string? ModelSignatureKey);

    public sealed record Result(ModelRef Model, IReadOnlyList<Link> Chain, bool Signed);

    public async Task<Result> VerifyAsync(string environment, IEnumerable<string>? extraKeys, CancellationToken ct)
    {
        var target = config.Environment(environment);
        var deployments = await backend.ListDeploymentsAsync(null, ct);
        var keys = extraKeys?.ToList() ?? [];
        var signed = TrustKeys.Trusted(config, keys).Count > 0;
        var finder = new TrustPolicy(config, backend, progress).Finder(requireKeys: target.RequireSignature, extraKeys: keys);

        // First every copy of this environment's attestations (registry, layout, store, ledger): a replaced one, or one made at
        // a head the ledger lost (truncated or rewritten), fails whatever the ledger now says is live.
        foreach (var name in config.Environments.Take(config.Environments.IndexOf(target) + 1).Select(e => e.Name))
        {
            foreach (var digest in deployments.Select(d => d.Model.Digest).Distinct(StringComparer.Ordinal))
            {
                await finder.AuditCopiesAsync(name, digest, ct);
            }
        }

        var current = EnvironmentState.CurrentOf(deployments, environment, config.Model.Name)
            ?? throw new CheckFailedException(ErrorCodes.AttestationMissing, $"Nothing is live in '{environment}', so there is no attestation chain to verify.", $"Promote a model into '{environment}' first.");

        var chain = new List<Link>();
        for (var i = config.Environments.IndexOf(target); i >= 0; i--)
        {
            var name = config.Environments[i].Name;
            var found = await finder.RequireAsync(name, current.Model.Digest, i == config.Environments.IndexOf(target) ? current.Id : null, ct);
            chain.Insert(0, new Link(name, found.Predicate.DeploymentId, found.Path, found.KeyHint, found.Predicate.ModelSignature?.KeyHint));
            if (config.Environments[i].RequireSignature && found.Predicate.ModelSignature is null)
            {
                throw new CheckFailedException(ErrorCodes.SignatureMissing, $"'{name}' requires a model signature, but attestation {found.Path} records none for {current.Model.Name} {current.Model.Version}.", "Sign the artifact with 'tollgate sign' and promote again.");
            }

            if (config.Environments[i].Promotion == "retrain")
            {
                break; // the environments before a retrain ran another digest; that chain is that model's own
            }
        }

        return new Result(current.Model, chain, signed);
    }
}
