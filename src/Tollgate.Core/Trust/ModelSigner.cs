using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tollgate.Core.Trust;

/// <summary>
/// Signs a model folder the OpenSSF Model Signing v1.0 way: an in-toto Statement whose predicate lists every file
/// and its sha256, wrapped in a DSSE envelope signed with the key, inside a Sigstore bundle v0.3.
/// </summary>
internal static class ModelSigner
{
    public const string PredicateType = "https://model_signing/signature/v1.0";
    public const string StatementType = "https://in-toto.io/Statement/v1";

    /// <summary>Where the signature travels in the model's NuGet package.</summary>
    public const string PackageEntry = "model.sig.json";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <returns>The bundle bytes (validated against the OMS schemas before they are returned).</returns>
    /// <param name="signaturePath">Where the bundle will be written: left out of the signed files when it lies inside the folder (OMS §6.2).</param>
    public static byte[] Sign(string modelDir, SigningKey key, string? signaturePath = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        var statement = Statement(modelDir, signaturePath);
        var bundle = SignedEnvelope.Create(statement, key).ToJson();

        // Producers SHOULD validate their output (OMS §3.1): a schema slip here would otherwise reach every verifier.
        TrustSchemas.ParseBundle(bundle, "the new bundle").Dispose();
        TrustSchemas.ParseOmsStatement(statement, "the new statement").Dispose();
        return bundle;
    }

    /// <summary>The statement bytes: subject = the folder's name and OMS root digest; predicate = resources + serialization.</summary>
    public static byte[] Statement(string modelDir, string? signaturePath = null)
    {
        var inside = signaturePath is null ? null : Path.GetRelativePath(Path.GetFullPath(modelDir), Path.GetFullPath(signaturePath)).Replace('\\', '/');
        string[] extra = inside is null || inside.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(inside) ? [] : [inside];
        var resources = OmsResources.List(modelDir, extra);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("_type", StatementType);
            json.WriteStartArray("subject");
            json.WriteStartObject();
            json.WriteString("name", Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(modelDir))));
            json.WriteStartObject("digest");
            json.WriteString("sha256", OmsResources.RootDigest(resources));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteString("predicateType", PredicateType);
            json.WriteStartObject("predicate");
            json.WriteStartArray("resources");
            foreach (var (name, sha256) in resources)
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteString("digest", sha256);
                json.WriteString("algorithm", "sha256");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("serialization");
            json.WriteString("method", "files");
            json.WriteString("hash_type", "sha256");
            json.WriteBoolean("allow_symlinks", false);
            json.WriteStartArray("ignore_paths");
            foreach (var ignored in OmsResources.DefaultIgnores.Concat(extra))
            {
                json.WriteStringValue(ignored);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The text of the artifact's signature (<c>DIR.sig.json</c>) when there is one, after checking that it signs exactly
    /// these files (its root digest); a stale signature is refused rather than shipped.
    /// </summary>
    public static string? SignatureCovering(string artifactDir)
    {
        var path = TrustKeys.SignaturePathFor(artifactDir);
        if (!File.Exists(path))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        using var bundle = TrustSchemas.ParseBundle(bytes, path);
        using var statement = TrustSchemas.ParseOmsStatement(SignedEnvelope.FromJson(bundle.RootElement).Payload, $"the payload of {path}");
        var signed = statement.RootElement.GetProperty("subject")[0].GetProperty("digest").GetProperty("sha256").GetString();
        if (signed != OmsResources.RootDigest(OmsResources.List(artifactDir)))
        {
            throw new Errors.CheckFailedException(Errors.ErrorCodes.SignedFileMismatch, $"{path} signs other files than those in '{artifactDir}' (a stale signature).", "Sign the artifact again with 'tollgate sign' before packing.");
        }

        return System.Text.Encoding.UTF8.GetString(bytes);
    }
}
