namespace Tollgate.Core.Trust;

/// <summary>Checks a DSSE envelope's signature against the trusted keys; the bundle's own key material is never trusted.</summary>
internal static class EnvelopeVerifier
{
    /// <returns>The key that verified the signature.</returns>
    public static TrustedKey Verify(SignedEnvelope envelope, IReadOnlyList<TrustedKey> trusted, string source)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(trusted);
        if (!envelope.IsSigned)
        {
            throw new CheckFailedException(ErrorCodes.SignatureInvalid, $"{source} carries no signature.", "Configure a signing key (trust.signingKeyVariable) so Tollgate signs it.");
        }

        if (trusted.Count == 0)
        {
            throw new TollgateException(ErrorCodes.SigningKeyInvalid, $"No trusted public key to verify {source} with.", "Pass --public-key FILE or list trust.trustedKeys in tollgate.yml.");
        }

        var pae = Dsse.Pae(envelope.PayloadType, envelope.Payload);
        var candidates = trusted.Where(k => envelope.KeyHint is null || k.Hint == envelope.KeyHint).ToList();
        foreach (var key in candidates)
        {
            if (envelope.Signatures.Any(s => key.Verify(pae, s)))
            {
                return key;
            }
        }

        throw new CheckFailedException(ErrorCodes.SignatureInvalid,
            candidates.Count == 0
                ? $"{source} was signed by key {envelope.KeyHint}, which is not among the trusted keys ({string.Join(", ", trusted.Select(k => $"{k.Hint[..12]}… from {k.Source}"))})."
                : $"The signature in {source} does not verify with the trusted key {candidates[0].Hint[..12]}… ({candidates[0].Source}): the signed payload or the signature was changed.",
            "Verify with the public key that belongs to the signing key, or sign again.");
    }
}
