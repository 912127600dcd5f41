namespace Tollgate.Core.Environments;

/// <summary>
/// A backend that records each promotion's attestation digest with the deployment (the ledger's "attestation" event, a
/// GitHub deployment status), so a fresh agent can tell which attestation belongs to a deployment and that it is unchanged.
/// </summary>
internal interface IAttestationLog
{
    /// <summary>Records the attestation of <paramref name="deployment"/> (its sha256 digest; the bundle where the backend can keep it).</summary>
    Task RecordAttestationAsync(DeploymentRecord deployment, string digest, byte[] bundle, CancellationToken cancellationToken);

    /// <summary>Every recorded attestation, oldest first.</summary>
    Task<IReadOnlyList<RecordedAttestation>> ListAttestationsAsync(CancellationToken cancellationToken);
}

/// <summary>An attestation digest recorded with a deployment; <see cref="Bundle"/> is null where the backend keeps only the digest.</summary>
internal sealed record RecordedAttestation(string DeploymentId, string Digest, byte[]? Bundle, string Location);
