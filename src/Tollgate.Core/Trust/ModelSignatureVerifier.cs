using System.Text.Json;

namespace Tollgate.Core.Trust;

/// <summary>
/// OMS v1.0 verification (§8): bundle schema, DSSE signature with a trusted key, statement schema, then every file of
/// the model against the signed manifest: a changed, missing or unsigned extra file is refused by name.
/// </summary>
internal static class ModelSignatureVerifier
{
    public sealed record Result(string KeyHint, string KeySource, int Files, string RootDigest);

    public static Result Verify(byte[] bundleBytes, string source, string modelDir, IReadOnlyList<TrustedKey> trusted)
    {
        using var bundle = TrustSchemas.ParseBundle(bundleBytes, source);
        var envelope = SignedEnvelope.FromJson(bundle.RootElement);
        var key = EnvelopeVerifier.Verify(envelope, trusted, source);
        using var statement = TrustSchemas.ParseOmsStatement(envelope.Payload, $"the payload of {source}");
        var predicate = statement.RootElement.GetProperty("predicate");
        var serialization = predicate.GetProperty("serialization");
        if (serialization.GetProperty("method").GetString() != "files" || serialization.GetProperty("hash_type").GetString() != "sha256")
        {
            throw new CheckFailedException(ErrorCodes.SignaturePayloadInvalid,
                $"{source} uses serialization '{serialization.GetProperty("method").GetString()}' with '{serialization.GetProperty("hash_type").GetString()}'; Tollgate verifies 'files' with 'sha256'.",
                "Sign the model with 'tollgate sign' (or model_signing with --serialization files).");
        }

        var ignored = serialization.TryGetProperty("ignore_paths", out var paths) ? paths.EnumerateArray().Select(p => p.GetString()!).ToHashSet(StringComparer.Ordinal) : [];
        var inside = Path.GetRelativePath(Path.GetFullPath(modelDir), Path.GetFullPath(source)).Replace('\\', '/');
        if (File.Exists(source) && !inside.StartsWith("../", StringComparison.Ordinal))
        {
            ignored.Add(inside); // the signature never signs itself (OMS §6.2)
        }

        var actual = OmsResources.List(modelDir, ignored).ToDictionary(f => f.Name, f => f.Sha256, StringComparer.Ordinal);
        var signed = predicate.GetProperty("resources").EnumerateArray().ToList();
        foreach (var resource in signed)
        {
            var name = resource.GetProperty("name").GetString()!;
            if (!actual.Remove(name, out var sha256))
            {
                throw Mismatch($"'{name}' is signed in {source} but missing from '{modelDir}'.");
            }

            if (resource.GetProperty("algorithm").GetString() != "sha256" || sha256 != resource.GetProperty("digest").GetString())
            {
                throw Mismatch($"'{name}' in '{modelDir}' differs from the signed file: sha256 is {sha256}, the signature says {resource.GetProperty("digest").GetString()}.");
            }
        }

        if (actual.Count > 0)
        {
            throw Mismatch($"'{actual.Keys.First()}' in '{modelDir}' is not covered by the signature {source}{(actual.Count > 1 ? $" (and {actual.Count - 1} more)" : "")}.");
        }

        var root = statement.RootElement.GetProperty("subject")[0].GetProperty("digest").TryGetProperty("sha256", out var r) ? r.GetString()! : "";
        return new Result(key.Hint, key.Source, signed.Count, root);
    }

    private static CheckFailedException Mismatch(string message) =>
        new(ErrorCodes.SignedFileMismatch, message, "Restore the model files from the signed package or artifact, or sign the new files with 'tollgate sign'.");
}
