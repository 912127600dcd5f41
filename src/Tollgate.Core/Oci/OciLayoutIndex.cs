using System.Text.Json;

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

        CheckVersion(root);
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
    public string? Find(string tag) => FindEntry(tag)?.Digest;

    /// <summary>The descriptor a tag points at (digest, and the size and media type it declares), or null.</summary>
    public (string? Digest, long? Size, string? MediaType)? FindEntry(string tag)
    {
        foreach (var raw in entries)
        {
            using var doc = JsonDocument.Parse(raw);
            var e = doc.RootElement;
            if (RefName(e) == tag)
            {
                return (e.GetProperty("digest").GetString(),
                    e.TryGetProperty("size", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : null,
                    e.TryGetProperty("mediaType", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null);
            }
        }

        return null;
    }

    /// <summary>Only version 1.x of the image layout exists; anything else is not a layout this reader understands.</summary>
    private static void CheckVersion(string root)
    {
        var marker = Path.Combine(root, "oci-layout");
        string? version;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(marker));
            version = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("imageLayoutVersion", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        }
        catch (JsonException)
        {
            version = null;
        }

        if (version is null || !version.StartsWith("1.", StringComparison.Ordinal))
        {
            throw new TollgateException(ErrorCodes.OciLayoutInvalid, $"{marker} declares image layout version '{version ?? "(none)"}'; Tollgate reads version 1.x.", "Restore the oci-layout file ({\"imageLayoutVersion\":\"1.0.0\"}) or write the layout again.");
        }
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
