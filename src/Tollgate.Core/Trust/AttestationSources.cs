using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Identity;
using Tollgate.Core.Oci;
using Tollgate.Core.Packaging;
using Tollgate.Core.Util;

namespace Tollgate.Core.Trust;

/// <summary>
/// Every place an attestation may be found, so a fresh agent with nothing but the clone finds the chain where it travels:
/// the ledger's attestation events (git ledger: every clone), the local attestation store, and the OCI referrers of the
/// model's manifest in the registry or layout its deployments name. Also what the backend pins: the digest recorded
/// with each deployment.
/// </summary>
internal sealed class AttestationSources(TollgateConfig config, IEnvironmentBackend backend, IProgress<string>? progress = null)
{
    private readonly Dictionary<(string, string), IReadOnlyList<byte[]>> referrers = [];
    private IReadOnlyList<RecordedAttestation>? recorded;

    public sealed record Candidate(byte[] Bytes, string Source)
    {
        public string Digest { get; } = Hashing.Digest(Hashing.Sha256Hex(Bytes));
    }

    /// <summary>The digests the backend recorded for each deployment id (empty for deployments promoted before they were recorded).</summary>
    public async Task<ILookup<string, string>> PinsAsync(CancellationToken ct) =>
        (await RecordedAsync(ct)).ToLookup(r => r.DeploymentId, r => r.Digest, StringComparer.Ordinal);

    /// <summary>Candidates for <paramref name="modelDigest"/> in any environment, most authoritative source first, without duplicates.</summary>
    public async Task<IReadOnlyList<Candidate>> ForModelAsync(string environment, string modelDigest, CancellationToken ct)
    {
        var all = new List<Candidate>();
        all.AddRange((await RecordedAsync(ct)).Where(r => r.Bundle is not null).Reverse().Select(r => new Candidate(r.Bundle!, r.Location)));
        all.AddRange(AttestationStore.For(config).List(environment).Select(p => new Candidate(File.ReadAllBytes(p), p)));
        var deployments = await backend.ListDeploymentsAsync(null, ct);
        // Layouts that do not exist on this machine are skipped by PinnedOci.
        foreach (var pinned in deployments.Where(d => d.Model.Digest == modelDigest).SelectMany(d => EnvironmentTagger.PinnedOci(config, d)).Distinct())
        {
            var (location, digest) = (pinned.Unpinned(), pinned.Digest!);
            all.AddRange((await ReferrersAsync(location, digest, ct)).Select(b => new Candidate(b, $"{location}@{digest[..19]}… (OCI referrer)")));
        }

        return [.. all.DistinctBy(c => c.Digest)];
    }

    private async Task<IReadOnlyList<RecordedAttestation>> RecordedAsync(CancellationToken ct) =>
        recorded ??= backend is IAttestationLog log ? await log.ListAttestationsAsync(ct) : [];

    private async Task<IReadOnlyList<byte[]>> ReferrersAsync(ArtifactReference location, string digest, CancellationToken ct)
    {
        var key = (location.ToString(), digest);
        if (referrers.TryGetValue(key, out var known))
        {
            return known;
        }

        IReadOnlyList<byte[]> found = [];
        try
        {
            var store = OciLocation.Open(location);
            try
            {
                found = await OciReferrers.ListAsync(store, digest, AttestationReferrers.AttestationArtifactType, ct);
            }
            finally
            {
                (store as IDisposable)?.Dispose();
            }
        }
        catch (TollgateException ex)
        {
            // An unreachable registry is not proof of anything: other sources may still hold the chain.
            progress?.Report($"  ! could not read the attestations attached in {location}: {ex.Code} {ex.Message}");
        }

        referrers[key] = found;
        return found;
    }
}
