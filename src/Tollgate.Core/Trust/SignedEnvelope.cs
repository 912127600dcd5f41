using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tollgate.Core.Trust;

/// <summary>
/// A Sigstore bundle v0.3 (<c>application/vnd.dev.sigstore.bundle.v0.3+json</c>) holding a DSSE envelope, the form
/// of OMS model signatures and of Tollgate's promotion attestations. Key method: the verification material is the
/// key's hint only; verifiers bring the public key themselves. An unsigned envelope has no signatures.
/// </summary>
internal sealed record SignedEnvelope(byte[] Payload, string PayloadType, IReadOnlyList<byte[]> Signatures, string? KeyHint)
{
    public const string BundleMediaType = "application/vnd.dev.sigstore.bundle.v0.3+json";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Signs the statement bytes over their DSSE PAE; unsigned when <paramref name="key"/> is null.</summary>
    public static SignedEnvelope Create(byte[] statement, SigningKey? key) => key is null
        ? new SignedEnvelope(statement, Dsse.InTotoPayloadType, [], null)
        : new SignedEnvelope(statement, Dsse.InTotoPayloadType, [key.Sign(Dsse.Pae(Dsse.InTotoPayloadType, statement))], key.Public.Hint);

    public bool IsSigned => Signatures.Count > 0;

    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("mediaType", BundleMediaType);
            json.WriteStartObject("verificationMaterial");
            if (KeyHint is not null)
            {
                json.WriteStartObject("publicKey");
                json.WriteString("hint", KeyHint);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartObject("dsseEnvelope");
            json.WriteString("payload", Convert.ToBase64String(Payload));
            json.WriteString("payloadType", PayloadType);
            json.WriteStartArray("signatures");
            foreach (var signature in Signatures)
            {
                json.WriteStartObject();
                json.WriteString("sig", Convert.ToBase64String(signature));
                json.WriteString("keyid", "");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Reads a bundle already checked against the bundle schema (so the fields exist with their types).</summary>
    public static SignedEnvelope FromJson(JsonElement bundle)
    {
        var envelope = bundle.GetProperty("dsseEnvelope");
        var hint = bundle.TryGetProperty("verificationMaterial", out var material) && material.TryGetProperty("publicKey", out var key)
            && key.TryGetProperty("hint", out var h) ? h.GetString() : null;
        return new SignedEnvelope(
            Convert.FromBase64String(envelope.GetProperty("payload").GetString()!),
            envelope.GetProperty("payloadType").GetString()!,
            envelope.GetProperty("signatures").EnumerateArray().Select(s => Convert.FromBase64String(s.GetProperty("sig").GetString()!)).ToList(),
            hint);
    }
}
