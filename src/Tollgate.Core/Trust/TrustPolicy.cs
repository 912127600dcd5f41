using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Util;

namespace Tollgate.Core.Trust;

/// <summary>
/// <c>requireSignature</c> / <c>requireAttestation</c> of an environment, checked before a promotion or rollback changes it;
/// also finds the model signature an attestation records when one verifies.
/// </summary>
internal sealed class TrustPolicy(TollgateConfig config, IEnvironmentBackend backend, IProgress<string>? progress = null)
{
    /// <summary>Refuses when the environment's policy is not met; returns the verified model signature, if any.</summary>
    /// <param name="artifactDir">The artifact folder (null for a rollback, which has no files: its signature check is the attestation's).</param>
    public async Task<AttestedSignature?> CheckAsync(EnvironmentSection target, ModelRef model, string? artifactDir, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(model);
        var signature = artifactDir is null ? null : Signature(target, artifactDir);
        var index = config.Environments.IndexOf(target);
        if (target.RequireAttestation && index > 0)
        {
            var previous = config.Environments[index - 1].Name;
            var finder = Finder(requireKeys: target.RequireSignature);
            await finder.AuditCopiesAsync(previous, model.Digest, ct); // a replaced or damaged copy anywhere refuses, even if another is intact
            var found = await finder.RequireAsync(previous, model.Digest, null, ct);
            progress?.Report($"  ✓ attestation: {model.Name} {model.Version} passed '{previous}' ({found.Path}{(found.KeyHint is null ? ", unsigned" : $", signed by {found.KeyHint[..12]}…")})");
        }

        if (artifactDir is null && target.RequireSignature)
        {
            // No files to check on a rollback: the target's own attestation there must record a verified signature.
            var own = await Finder(requireKeys: true).RequireAsync(target.Name, model.Digest, null, ct);
            if (own.Predicate.ModelSignature is null)
            {
                throw Missing(model, target.Name, $"its attestation {own.Path} records no verified model signature");
            }
        }

        return signature;
    }

    /// <summary>A rollback target has no files at hand: its attestation from the previous environment vouches for it.</summary>
    public Task CheckRollbackAsync(string environment, ModelRef model, CancellationToken ct) => CheckAsync(config.Environment(environment), model, null, ct);

    /// <summary>A finder over the configured trusted keys and, for the local and git ledgers, the ledger's hashes.</summary>
    public AttestationFinder Finder(bool requireKeys = false, IEnumerable<string>? extraKeys = null)
    {
        var trusted = TrustKeys.Trusted(config, extraKeys);
        if (requireKeys && trusted.Count == 0)
        {
            throw new TollgateException(ErrorCodes.SigningKeyInvalid, $"Signatures are required but {config.SourcePath} lists no trust.trustedKeys.", "Add the signing key's public half to trust.trustedKeys.");
        }

        return new AttestationFinder(config, backend, trusted, LedgerHashes.Of(backend), progress);
    }

    private AttestedSignature? Signature(EnvironmentSection target, string artifactDir)
    {
        var path = TrustKeys.SignaturePathFor(artifactDir);
        if (!File.Exists(path))
        {
            return target.RequireSignature ? throw Missing(null, target.Name, $"there is no signature {path}") : null;
        }

        var trusted = TrustKeys.Trusted(config);
        if (trusted.Count == 0)
        {
            return target.RequireSignature
                ? throw new TollgateException(ErrorCodes.SigningKeyInvalid, $"'{target.Name}' requires a signature but {config.SourcePath} lists no trust.trustedKeys.", "Add the signing key's public half to trust.trustedKeys.")
                : null;
        }

        var bytes = File.ReadAllBytes(path);
        try
        {
            var verified = ModelSignatureVerifier.Verify(bytes, path, artifactDir, trusted);
            progress?.Report($"  ✓ signature: {verified.Files} file(s) match {Path.GetFileName(path)} (key {verified.KeyHint[..12]}…)");
            return new AttestedSignature(Hashing.Digest(Hashing.Sha256Hex(bytes)), verified.KeyHint);
        }
        catch (TollgateException) when (!target.RequireSignature)
        {
            progress?.Report($"  ! signature {path} does not verify; '{target.Name}' does not require one, so it is not attested");
            return null;
        }
    }

    private static CheckFailedException Missing(ModelRef? model, string environment, string why) =>
        new(ErrorCodes.SignatureMissing, $"'{environment}' requires a valid model signature{(model is null ? "" : $" for {model.Name} {model.Version}")}, but {why}; '{environment}' is unchanged.",
            "Sign the artifact with 'tollgate sign' (key from trust.signingKeyVariable) before promoting.");
}
