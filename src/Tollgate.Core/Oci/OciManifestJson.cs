using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tollgate.Core.Oci;

/// <summary>Writes image manifests with a fixed field order (deterministic bytes) and parses any image manifest.</summary>
internal static class OciManifestJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// An image manifest; with a <paramref name="subject"/>, an OCI 1.1 referrer, whose annotations object is written even
    /// when empty (referrers always carried one, and their bytes, so their digests, must not change).
    /// </summary>
    public static byte[] Write(string artifactType, OciDescriptor config, IReadOnlyList<OciDescriptor> layers, IReadOnlyDictionary<string, string> annotations, OciDescriptor? subject = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", 2);
            json.WriteString("mediaType", OciMediaTypes.ImageManifest);
            json.WriteString("artifactType", artifactType);
            json.WritePropertyName("config");
            WriteDescriptor(json, config);
            json.WriteStartArray("layers");
            foreach (var layer in layers)
            {
                WriteDescriptor(json, layer);
            }

            json.WriteEndArray();
            if (subject is not null)
            {
                json.WritePropertyName("subject");
                WriteDescriptor(json, subject with { Annotations = null });
            }

            WriteAnnotations(json, annotations, keepEmpty: subject is not null);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static void WriteDescriptor(Utf8JsonWriter json, OciDescriptor descriptor, string? artifactType = null)
    {
        json.WriteStartObject();
        json.WriteString("mediaType", descriptor.MediaType);
        json.WriteString("digest", descriptor.Digest);
        json.WriteNumber("size", descriptor.Size);
        if (artifactType is not null)
        {
            json.WriteString("artifactType", artifactType);
        }

        WriteAnnotations(json, descriptor.Annotations);
        json.WriteEndObject();
    }

    private static void WriteAnnotations(Utf8JsonWriter json, IReadOnlyDictionary<string, string>? annotations, bool keepEmpty = false)
    {
        if (annotations is null || (annotations.Count == 0 && !keepEmpty))
        {
            return;
        }

        json.WriteStartObject("annotations");
        foreach (var key in annotations.Keys.Order(StringComparer.Ordinal))
        {
            json.WriteString(key, annotations[key]);
        }

        json.WriteEndObject();
    }

    /// <summary>Parses an image manifest; <paramref name="where"/> names its origin in errors.</summary>
    public static OciManifest Parse(ReadOnlySpan<byte> bytes, string where)
    {
        try
        {
            using var doc = JsonDocument.Parse(bytes.ToArray());
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schemaVersion", out var v) || v.GetInt32() != 2
                || !root.TryGetProperty("config", out var config) || !root.TryGetProperty("layers", out var layers))
            {
                throw Invalid(where, "not an image manifest (schemaVersion 2 with config and layers)");
            }

            var artifactType = root.TryGetProperty("artifactType", out var at) ? at.GetString() : null;
            return new OciManifest(artifactType, ReadDescriptor(config, where), layers.EnumerateArray().Select(l => ReadDescriptor(l, where)).ToList(), ReadAnnotations(root));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            throw Invalid(where, ex.Message);
        }
    }

    public static OciDescriptor ReadDescriptor(JsonElement e, string where)
    {
        var digest = e.GetProperty("digest").GetString();
        if (!OciDigest.IsValid(digest))
        {
            throw Invalid(where, $"descriptor digest '{digest}' is not sha256:<64 hex>");
        }

        return new OciDescriptor(e.GetProperty("mediaType").GetString() ?? string.Empty, digest!, e.GetProperty("size").GetInt64(), ReadAnnotations(e));
    }

    private static Dictionary<string, string>? ReadAnnotations(JsonElement e) =>
        e.TryGetProperty("annotations", out var a) && a.ValueKind == JsonValueKind.Object
            ? a.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal)
            : null;

    private static TollgateException Invalid(string where, string why) =>
        new(ErrorCodes.OciManifestInvalid, $"OCI manifest from {where} is invalid: {why}.", "Push the artifact again with 'tollgate push --oci'.");
}
