using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Tollgate.Cli.Tests.Crash;

/// <summary>
/// The files of an OCI image layout that carry the time of a promotion: each promotion attaches its attestation as a
/// referrer of the model's manifest (an artifact manifest and its payload, both named by digest), which changes the
/// subject's referrers index and the fallback tag <c>sha256-…</c> in <c>index.json</c>. Two runs are compared on
/// everything else by content, on these by kind.
/// </summary>
internal sealed class LayoutSnapshot
{
    private const string AttestationType = "application/vnd.tollgate.promotion-attestation.v1+json";
    private readonly HashSet<string> timestamped = [];

    private LayoutSnapshot(string layout)
    {
        var blobs = Directory.EnumerateFiles(Path.Combine(layout, "blobs", "sha256")).ToList();
        var documents = blobs.Select(b => (Name: Path.GetFileName(b), Json: TryParse(b))).Where(d => d.Json is not null).ToList();
        foreach (var (name, json) in documents.Where(d => d.Json!["artifactType"]?.GetValue<string>() == AttestationType))
        {
            timestamped.Add(name);
            foreach (var layer in json!["layers"]?.AsArray() ?? [])
            {
                timestamped.Add(layer!["digest"]!.GetValue<string>()["sha256:".Length..]);
            }
        }

        foreach (var (name, _) in documents.Where(d => d.Json!["manifests"] is JsonArray list && list.Any(m => m?["artifactType"]?.GetValue<string>() == AttestationType
            || timestamped.Contains(m?["digest"]?.GetValue<string>()?["sha256:".Length..] ?? ""))))
        {
            timestamped.Add(name); // a referrers index listing attestations
        }
    }

    /// <summary>The snapshot line for <paramref name="relative"/> when it lies in a layout; null otherwise.</summary>
    public static string? Describe(string root, string relative, Dictionary<string, LayoutSnapshot> layouts)
    {
        var parts = relative.Split('/');
        var at = Array.FindIndex(parts, p => p is "blobs" or "index.json" or "oci-layout");
        var layout = at < 0 ? null : Path.Combine(root, string.Join('/', parts[..at]));
        if (layout is null || !File.Exists(Path.Combine(layout, "oci-layout")))
        {
            return null;
        }

        if (!layouts.TryGetValue(layout, out var snapshot))
        {
            layouts[layout] = snapshot = new LayoutSnapshot(layout);
        }

        var prefix = string.Join('/', parts[..at]);
        if (parts[at] == "index.json")
        {
            return $"{relative} {snapshot.NormalisedIndex(Path.Combine(root, relative))}";
        }

        return parts[at] == "blobs" && snapshot.timestamped.Contains(parts[^1]) ? $"{prefix}/blobs (attestation referrers, timestamped)" : null;
    }

    /// <summary>index.json with the fallback tags' digests blanked (they name referrers indexes that list attestations).</summary>
    private string NormalisedIndex(string path)
    {
        var index = JsonNode.Parse(File.ReadAllBytes(path))!;
        foreach (var entry in index["manifests"]?.AsArray() ?? [])
        {
            if (timestamped.Contains(entry!["digest"]!.GetValue<string>()["sha256:".Length..]))
            {
                entry["digest"] = "timestamped";
                entry["size"] = 0;
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(index.ToJsonString())))[..16];
    }

    private static JsonNode? TryParse(string path)
    {
        try
        {
            return new FileInfo(path).Length < 1 << 20 && File.ReadAllBytes(path) is [(byte)'{', ..] bytes ? JsonNode.Parse(bytes) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
