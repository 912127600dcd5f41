using System.Text.Json;

namespace Tollgate.Core.Oci;

/// <summary>
/// index.json's descriptor must describe the manifest it points at (OCI image spec: size and media type MUST match),
/// so an edited size or media type is refused like a changed byte, not silently ignored.
/// </summary>
internal static class OciLayoutDescriptorCheck
{
    public static void Matches(string path, long? size, string? mediaType, byte[] manifest)
    {
        if (size is { } declared && declared != manifest.Length)
        {
            throw new TollgateException(ErrorCodes.DigestMismatch, $"index.json declares {declared:N0} bytes for '{path}', which has {manifest.Length:N0}.", "The layout was tampered with; write it again from a trusted artifact.");
        }

        var own = OwnMediaType(manifest);
        if (mediaType is not null && own is not null && mediaType != own)
        {
            throw new TollgateException(ErrorCodes.OciManifestInvalid, $"index.json declares media type '{mediaType}' for '{path}', whose own media type is '{own}'.", "Restore index.json or write the layout again.");
        }
    }

    private static string? OwnMediaType(byte[] manifest)
    {
        try
        {
            using var doc = JsonDocument.Parse(manifest);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("mediaType", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        }
        catch (JsonException)
        {
            return null; // the manifest parser reports it with its own code
        }
    }
}
