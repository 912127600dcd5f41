using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tollgate.Core.Artifacts;

namespace Tollgate.Core.Oci;

/// <summary>
/// The ModelPack config blob (model-spec <c>config-schema.json</c>): only <c>descriptor</c>, <c>config</c> and
/// <c>modelfs</c> are allowed, so Tollgate's own metadata travels in a layer and in annotations instead.
/// Written with a fixed field order so the same artifact always gives the same bytes.
/// </summary>
internal static class ModelPackConfig
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="diffIds">Digests of the uncompressed layer contents, in layer order (raw layers: the layer digests).</param>
    public static byte[] Write(ModelManifest manifest, IReadOnlyList<string> diffIds, string? source)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartObject("descriptor");
            json.WriteString("createdAt", manifest.Created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            WriteArray(json, "authors", manifest.Card.Owners);
            json.WriteString("name", manifest.Name);
            if (source is not null)
            {
                json.WriteString("sourceURL", source);
            }

            json.WriteString("version", manifest.Version);
            json.WriteString("revision", manifest.Lineage.Commit);
            WriteArray(json, "licenses", string.IsNullOrWhiteSpace(manifest.Card.License) ? [] : [manifest.Card.License]);
            json.WriteString("title", manifest.Name);
            if (!string.IsNullOrWhiteSpace(manifest.Card.Description))
            {
                json.WriteString("description", manifest.Card.Description);
            }

            json.WriteEndObject();
            json.WriteStartObject("config");
            json.WriteString("architecture", manifest.Lineage.Trainer);
            json.WriteString("format", manifest.Framework);
            json.WriteEndObject();
            json.WriteStartObject("modelfs");
            json.WriteString("type", "layers");
            WriteArray(json, "diffIds", diffIds);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
