using System.Text.Json;
using Tollgate.Core.Errors;

namespace Tollgate.Core.Oci;

/// <summary><c>index.json</c> of an image layout; entries Tollgate does not manage are kept byte for byte.</summary>
internal sealed class OciLayoutIndex(List<string> entries)
{
    private const string FileName = "index.json";

    public static OciLayoutIndex Read(string root)
    {
        var path = Path.Combine(root, FileName);
        if (!File.Exists(Path.Combine(root, "oci-layout")) || !File.Exists(path))
        {
            throw new TollgateException(ErrorCodes.OciLayoutInvalid, $"'{root}' is not an OCI image layout (oci-layout or index.json missing).", "Create it with 'tollgate pack --oci-layout DIR' or 'skopeo copy … oci:DIR:TAG'.");
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var manifests = doc.RootElement.GetProperty("manifests");
            return new OciLayoutIndex(manifests.EnumerateArray().Select(m => m.GetRawText()).ToList());
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new TollgateException(ErrorCodes.OciLayoutInvalid, $"{path} is not a valid image index: {ex.Message}", "Restore the layout or write it again.");
        }
    }

    /// <summary>The manifest digest a tag points at, or null.</summary>
    public string? Find(string tag)
    {
        foreach (var raw in entries)
        {
            using var doc = JsonDocument.Parse(raw);
            if (RefName(doc.RootElement) == tag)
            {
                return doc.RootElement.GetProperty("digest").GetString();
            }
        }

        return null;
    }

    /// <summary>Points <paramref name="tag"/> at a manifest, replacing any earlier entry for that tag.</summary>
    public void SetTag(string tag, OciDescriptor manifest, string? artifactType)
    {
        entries.RemoveAll(raw =>
        {
            using var doc = JsonDocument.Parse(raw);
            return RefName(doc.RootElement) == tag;
        });

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            OciManifestJson.WriteDescriptor(json, manifest with { Annotations = new Dictionary<string, string> { [OciMediaTypes.RefName] = tag } }, artifactType);
        }

        entries.Add(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>Drops the entries of <paramref name="tags"/> that point at <paramref name="digest"/>; returns the tags removed.</summary>
    public IReadOnlyList<string> RemoveTags(string digest, IReadOnlySet<string> tags)
    {
        var removed = new List<string>();
        entries.RemoveAll(raw =>
        {
            using var doc = JsonDocument.Parse(raw);
            var tag = RefName(doc.RootElement);
            var hit = tag is not null && tags.Contains(tag) && doc.RootElement.TryGetProperty("digest", out var d) && d.GetString() == digest;
            if (hit)
            {
                removed.Add(tag!);
            }

            return hit;
        });
        return removed;
    }

    public void WriteTo(Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", 2);
        json.WriteString("mediaType", OciMediaTypes.ImageIndex);
        json.WriteStartArray("manifests");
        foreach (var raw in entries)
        {
            json.WriteRawValue(raw);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string? RefName(JsonElement entry) =>
        entry.TryGetProperty("annotations", out var a) && a.TryGetProperty(OciMediaTypes.RefName, out var r) ? r.GetString() : null;
}
