namespace Tollgate.Core.Ledger;

/// <summary>
/// A promotion attestation kept in the ledger, so it travels wherever the ledger does (a git ledger reaches every clone).
/// The bundle is base64 of the exact Sigstore bundle bytes: its sha256 is <see cref="Digest"/>, and re-serialising JSON
/// would change it.
/// </summary>
internal sealed record LedgerAttestation(string Digest, string Bundle);
