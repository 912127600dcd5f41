using Tollgate.Core.Config;
using Tollgate.Core.Errors;

namespace Tollgate.Core.Trust;

/// <summary>
/// Finds the attestation that lets a digest count as having passed an environment, and checks what it claims:
/// passing verdicts, the approvals the environment requires, and a ledger head the ledger still contains.
/// </summary>
public sealed class AttestationFinder(TollgateConfig config, IReadOnlyList<TrustedKey> trusted, IReadOnlyList<string>? ledgerHashes)
{
    /// <summary>The newest valid attestation of <paramref name="digest"/> in <paramref name="environment"/>; refuses with the most specific reason.</summary>
    public AttestationReader.Verified Require(string environment, string digest, string? deploymentId = null)
    {
        var store = AttestationStore.For(config);
        TollgateException? firstFailure = null;
        foreach (var path in store.List(environment))
        {
            try
            {
                var found = AttestationReader.Read(path, trusted);
                if (found.Predicate.Model.Digest != digest || found.Predicate.Environment != environment
                    || (deploymentId is not null && found.Predicate.DeploymentId != deploymentId))
                {
                    continue;
                }

                Check(found);
                return found;
            }
            catch (TollgateException ex)
            {
                firstFailure ??= ex;
            }
        }

        throw firstFailure ?? new CheckFailedException(ErrorCodes.AttestationMissing,
            $"No attestation in {Path.Combine(store.Root, environment)} says {digest} passed '{environment}'{(deploymentId is null ? "" : $" (deployment {deploymentId})")}.",
            $"Promote it through '{environment}' with this Tollgate version (attestations are written on every promotion).");
    }

    private void Check(AttestationReader.Verified found)
    {
        var p = found.Predicate;
        if (!p.Gates.Passed || p.Gates.Verdicts.Any(v => v.Verdict == "fail"))
        {
            throw Broken($"Attestation {found.Path} records failing gates for {p.Model.Name} {p.Model.Version} in '{p.Environment}': "
                + string.Join("; ", p.Gates.Verdicts.Where(v => v.Verdict == "fail").Select(v => $"{v.Name} observed {v.Observed} vs {v.Threshold}")));
        }

        if (config.Environments.FirstOrDefault(e => e.Name == p.Environment)?.Approvals is { } approvals)
        {
            var counted = p.Approvals.Select(a => a.User).Where(u => approvals.Approvers.Count == 0 || approvals.Approvers.Contains(u)).Distinct().Count();
            if (counted < approvals.Required)
            {
                throw Broken($"Attestation {found.Path} counts {counted} approval(s) for '{p.Environment}'; {config.SourcePath} requires {approvals.Required} from {string.Join(", ", approvals.Approvers)}.");
            }
        }

        if (ledgerHashes is not null && p.LedgerHead is { } head && !ledgerHashes.Contains(head))
        {
            throw new CheckFailedException(ErrorCodes.AttestedLedgerHeadMissing,
                $"Attestation {found.Path} was made at ledger head {head}, which the ledger no longer contains: the ledger was truncated or rewritten after {p.Model.Name} {p.Model.Version} entered '{p.Environment}'.",
                "Restore the ledger from version control or backup; 'tollgate ledger verify' checks the chain itself.");
        }
    }

    private static CheckFailedException Broken(string message) =>
        new(ErrorCodes.AttestationChainBroken, message, "Promote a version that passes every gate and approval, or fix the configuration.");
}
