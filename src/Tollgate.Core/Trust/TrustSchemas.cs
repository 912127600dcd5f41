using System.Text.Json;
using Tollgate.Core.Util;

namespace Tollgate.Core.Trust;

/// <summary>The OMS v1.0 schemas (bundle → envelope, statement → predicate) and Tollgate's attestation schema.</summary>
internal static class TrustSchemas
{
    private static readonly Lazy<JsonSchemaValidator> Bundle = new(() => JsonSchemaValidator.FromEmbedded("oms.bundle.v1.0.schema.json", "oms.envelope.v1.0.schema.json"));
    private static readonly Lazy<JsonSchemaValidator> Statement = new(() => JsonSchemaValidator.FromEmbedded("oms.statement.v1.0.schema.json", "oms.predicate.v1.0.schema.json"));
    private static readonly Lazy<JsonSchemaValidator> Attestation = new(() => JsonSchemaValidator.FromEmbedded("tollgate.promotion-attestation.v1.schema.json"));

    /// <summary>Parses <paramref name="bytes"/> as JSON and checks it against the OMS bundle schema; refuses with the violations.</summary>
    public static JsonDocument ParseBundle(byte[] bytes, string source) =>
        Parse(bytes, source, Bundle.Value, ErrorCodes.SignatureBundleInvalid, "an OMS v1.0 / Sigstore bundle v0.3", "Sign again with 'tollgate sign'; the bundle was damaged or is not a model signature.");

    public static JsonDocument ParseOmsStatement(byte[] bytes, string source) =>
        Parse(bytes, source, Statement.Value, ErrorCodes.SignaturePayloadInvalid, "an OMS v1.0 in-toto Statement (predicateType https://model_signing/signature/v1.0)", "Sign again with 'tollgate sign'; this payload is not a model signature.");

    public static JsonDocument ParseAttestation(byte[] bytes, string source) =>
        Parse(bytes, source, Attestation.Value, ErrorCodes.AttestationInvalid, "a Tollgate promotion attestation (tollgate.promotion-attestation.v1.schema.json)", "Promote again to write a fresh attestation; this one was damaged.");

    private static JsonDocument Parse(byte[] bytes, string source, JsonSchemaValidator validator, string code, string what, string fix)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            throw new CheckFailedException(code, $"{source} is not {what}: not valid JSON ({ex.Message}).", fix);
        }

        var errors = validator.Validate(document.RootElement);
        if (errors.Count > 0)
        {
            document.Dispose();
            throw new CheckFailedException(code, $"{source} is not {what}:\n  " + string.Join("\n  ", errors.Take(10)), fix);
        }

        return document;
    }
}
