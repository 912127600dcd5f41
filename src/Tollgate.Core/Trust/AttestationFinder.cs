using Tollgate.Core.Config;
using Tollgate.Core.Environments;

namespace Tollgate.Core.Trust;

/// <summary>
/// Finds the attestation that lets a digest count as having passed an environment, wherever it travels (see
/// <see cref="AttestationSources"/>), and checks what it claims: the digest its deployment recorded, passing verdicts,
/// the approvals the environment requires, and a ledger head the ledger still contains.
/// </summary>
internal sealed class AttestationFinder
{
    private readonly TollgateConfig config;
    private readonly IReadOnlyList<TrustedKey> trusted;
    private readonly IReadOnlyList<string>? ledgerHashes;
    private readonly AttestationSources sources;

    public AttestationFinder(TollgateConfig config, IEnvironmentBackend backend, IReadOnlyList<TrustedKey> trusted, IReadOnlyList<string>? ledgerHashes, IProgress<string>? progress = null)
    {
        this.config = config;
        this.trusted = trusted;
        this.ledgerHashes = ledgerHashes;
        sources = new AttestationSources(config, backend, progress);
    }

    /// <summary>The newest valid attestation of <paramref name="digest"/> in <paramref name="environment"/>; refuses with the most specific reason.</summary>
    public async Task<AttestationReader.Verified> RequireAsync(string environment, string digest, string? deploymentId, CancellationToken ct)
    {
        var pins = await sources.PinsAsync(ct);
        TollgateException? firstFailure = null;
        foreach (var candidate in await sources.ForModelAsync(environment, digest, ct))
        {
            try
            {
                var found = AttestationReader.Read(candidate.Bytes, candidate.Source, trusted);
                if (found.Predicate.Model.Digest != digest || found.Predicate.Environment != environment
                    || (deploymentId is not null && found.Predicate.DeploymentId != deploymentId))
                {
                    continue;
                }

                CheckPinned(found, candidate, pins);
                Check(found);
                return found;
            }
            catch (TollgateException ex)
            {
                firstFailure ??= ex;
            }
        }

        var recorded = deploymentId is null ? [] : pins[deploymentId].ToList();
        throw firstFailure ?? new CheckFailedException(ErrorCodes.AttestationMissing,
            $"No attestation says {digest} passed '{environment}'{(deploymentId is null ? "" : $" (deployment {deploymentId})")}: none in the ledger, in {Path.Combine(AttestationStore.For(config).Root, environment)}, or attached to the model in its registry or layout"
            + (recorded.Count == 0 ? "." : $", although the deployment recorded attestation {recorded[^1]}."),
            $"Promote it through '{environment}' with this Tollgate version (attestations are written on every promotion and travel with the ledger and the registry).");
    }

    /// <summary>
    /// <c>verify</c> checks every copy, not just the first that verifies: each attestation of <paramref name="digest"/> in
    /// <paramref name="environment"/> (ledger, store, layout, registry) must verify, match the digest its deployment
    /// recorded (a replaced copy: TOLLGATE1880), and have been made at a ledger head the ledger still contains (a
    /// truncated or rewritten ledger: TOLLGATE1313), whatever the ledger now says is live.
    /// </summary>
    public async Task AuditCopiesAsync(string environment, string digest, CancellationToken ct)
    {
        var pins = await sources.PinsAsync(ct);
        foreach (var candidate in await sources.ForModelAsync(environment, digest, ct))
        {
            PromotionPredicate claimed;
            try
            {
                claimed = AttestationReader.Read(candidate.Bytes, candidate.Source, []).Predicate; // what it claims, before trusting it
            }
            catch (TollgateException)
            {
                // Damaged where only attestations are kept: report it, signature first (the most specific reason).
                AttestationReader.Read(candidate.Bytes, candidate.Source, trusted);
                throw;
            }

            if (claimed.Environment == environment && claimed.Model.Digest == digest)
            {
                var found = AttestationReader.Read(candidate.Bytes, candidate.Source, trusted);
                CheckPinned(found, candidate, pins);
                CheckHead(found);
            }
        }
    }

    private static void CheckPinned(AttestationReader.Verified found, AttestationSources.Candidate candidate, ILookup<string, string> pins)
    {
        var recorded = pins[found.Predicate.DeploymentId].ToList();
        if (recorded.Count > 0 && !recorded.Contains(candidate.Digest))
        {
            throw new CheckFailedException(ErrorCodes.AttestationDigestMismatch,
                $"Attestation {found.Path} ({candidate.Digest}) claims deployment {found.Predicate.DeploymentId} in '{found.Predicate.Environment}', but that deployment recorded attestation {string.Join(", ", recorded)}: it was replaced or altered after the promotion.",
                "Restore the original attestation (the ledger's attestation event, or the registry referrer), or promote again to attest anew.");
        }
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

        CheckHead(found);
    }

    private void CheckHead(AttestationReader.Verified found)
    {
        var p = found.Predicate;
        if (ledgerHashes is not null && p.LedgerHead is { } head && !ledgerHashes.Contains(head))
        {
            throw new CheckFailedException(ErrorCodes.AttestedLedgerHeadMissing,
                $"Attestation {found.Path} was made at ledger head {head}, which the ledger no longer contains: the ledger was truncated or rewritten after {p.Model.Name} {p.Model.Version} entered '{p.Environment}' (deployment {p.DeploymentId}).",
                "Restore the ledger from version control, backup or a clone that has it (git ledger: git push --force REMOTE GOOD_SHA:REF); 'tollgate ledger verify' checks the chain itself.");
        }
    }

    private static CheckFailedException Broken(string message) =>
        new(ErrorCodes.AttestationChainBroken, message, "Promote a version that passes every gate and approval, or fix the configuration.");
}
