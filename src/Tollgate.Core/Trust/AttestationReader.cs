using System.Text.Json;

namespace Tollgate.Core.Trust;

/// <summary>Reads one stored attestation: bundle structure, DSSE signature (with trusted keys when any), statement schema.</summary>
internal static class AttestationReader
{
    public sealed record Verified(string Path, PromotionPredicate Predicate, string? KeyHint);

    /// <param name="trusted">Trusted keys; when any are given the attestation must carry a signature by one of them.</param>
    public static Verified Read(string path, IReadOnlyList<TrustedKey> trusted) => Read(File.ReadAllBytes(path), path, trusted);

    /// <param name="path">Where the bytes came from (a file, a ledger event, a registry referrer), for messages.</param>
    public static Verified Read(byte[] bytes, string path, IReadOnlyList<TrustedKey> trusted)
    {
        ArgumentNullException.ThrowIfNull(trusted);
        SignedEnvelope envelope;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.GetProperty("mediaType").GetString() != SignedEnvelope.BundleMediaType)
            {
                throw new FormatException($"mediaType is not {SignedEnvelope.BundleMediaType}");
            }

            envelope = SignedEnvelope.FromJson(document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw new CheckFailedException(ErrorCodes.AttestationInvalid, $"Attestation {path} is not a Sigstore bundle with a DSSE envelope: {ex.Message}.", "The file was damaged; promote again to write a fresh attestation.");
        }

        if (envelope.PayloadType != Dsse.InTotoPayloadType)
        {
            throw new CheckFailedException(ErrorCodes.AttestationInvalid, $"Attestation {path} has payloadType '{envelope.PayloadType}', not {Dsse.InTotoPayloadType}.", "Promote again to write a fresh attestation.");
        }

        var key = trusted.Count > 0 ? EnvelopeVerifier.Verify(envelope, trusted, $"attestation {path}") : null;
        return new Verified(path, PromotionStatement.Read(envelope.Payload, $"attestation {path}"), key?.Hint);
    }
}
