using Tollgate.Core.Ledger;

namespace Tollgate.Core.Environments;

/// <summary>Attestations as ledger events: the digest and the bundle itself, appended after the deployment's success.</summary>
internal sealed partial class LocalEnvironmentBackend
{
    /// <inheritdoc />
    public Task RecordAttestationAsync(DeploymentRecord deployment, string digest, byte[] bundle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        ArgumentNullException.ThrowIfNull(bundle);
        ledger.AppendOnState(_ =>
        [
            new LedgerEvent
            {
                Seq = 0, Prev = "", Type = LedgerEvent.Attested, At = clock.GetUtcNow(), DeploymentId = deployment.Id,
                Attestation = new LedgerAttestation(digest, Convert.ToBase64String(bundle)),
            },
        ]);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RecordedAttestation>> ListAttestationsAsync(CancellationToken cancellationToken)
    {
        // A full read: verification is rare, and the projection (and its checkpoint) stays free of bundles.
        IReadOnlyList<RecordedAttestation> found = ledger.ReadAll()
            .Where(e => e.Type == LedgerEvent.Attested && e.Attestation is not null)
            .Select(e => new RecordedAttestation(e.DeploymentId, e.Attestation!.Digest, Decode(e.Attestation.Bundle), $"ledger {ledger.Location} (event {e.Seq})"))
            .ToList();
        return Task.FromResult(found);
    }

    private static byte[]? Decode(string base64)
    {
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null; // an unreadable bundle counts as absent; the recorded digest still pins what must be found elsewhere
        }
    }
}
