using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tollgate.Core.Oci;

/// <summary>
/// Attaches a blob (a signature bundle, an attestation) to a manifest as an OCI 1.1 referrer: an artifact manifest
/// whose <c>subject</c> is the model manifest. Where the store has no referrers API (Distribution 2.8, image layouts)
/// the subject's referrers index is kept under the spec's fallback tag <c>sha256-&lt;hex&gt;</c>.
/// </summary>
internal static class OciReferrers
{
    public const string EmptyMediaType = "application/vnd.oci.empty.v1+json";
    private static readonly byte[] Empty = "{}"u8.ToArray();

    public static string FallbackTag(string subjectDigest) => "sha256-" + OciDigest.Hex(subjectDigest);

    /// <returns>The digest of the referrer manifest.</returns>
    public static async Task<string> AttachAsync(IOciStore store, OciDescriptor subject, string artifactType, byte[] payload, IReadOnlyDictionary<string, string> annotations, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(subject);
        var referrers = store as IOciReferrerStore ?? throw new NotSupportedException($"{store.Location} cannot hold referrers.");
        var config = new OciDescriptor(EmptyMediaType, OciDigest.Of(Empty), Empty.Length);
        var layer = new OciDescriptor(artifactType, OciDigest.Of(payload), payload.Length);
        foreach (var (blob, bytes) in new[] { (config, Empty), (layer, payload) })
        {
            if (!await store.HasBlobAsync(blob, ct))
            {
                await store.PushBlobAsync(blob, () => new MemoryStream(bytes, writable: false), ct);
            }
        }

        var manifest = OciManifestJson.Write(artifactType, config, [layer], annotations, subject);
        var digest = OciDigest.Of(manifest);
        await referrers.PutManifestByDigestAsync(manifest, ct);
        if (await referrers.HasReferrersApiAsync(subject.Digest, ct))
        {
            return digest;
        }

        var index = await referrers.GetReferrersIndexAsync(subject.Digest, ct) is { } existing
            ? JsonNode.Parse(existing)!.AsObject()
            : new JsonObject { ["schemaVersion"] = 2, ["mediaType"] = OciMediaTypes.ImageIndex, ["manifests"] = new JsonArray() };
        var manifests = index["manifests"]!.AsArray();
        if (!manifests.Any(m => m?["digest"]?.GetValue<string>() == digest))
        {
            var entry = new JsonObject { ["mediaType"] = OciMediaTypes.ImageManifest, ["digest"] = digest, ["size"] = manifest.Length, ["artifactType"] = artifactType };
            entry["annotations"] = new JsonObject(annotations.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value)));
            manifests.Add(entry);
            await referrers.PutIndexAsync(JsonSerializer.SerializeToUtf8Bytes(index), FallbackTag(subject.Digest), ct);
        }

        return digest;
    }

    /// <summary>The payload blobs of every referrer of <paramref name="subjectDigest"/> with the artifact type, each verified against its digest.</summary>
    public static async Task<IReadOnlyList<byte[]>> ListAsync(IOciStore store, string subjectDigest, string artifactType, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store is not IOciReferrerStore referrers || await referrers.GetReferrersIndexAsync(subjectDigest, ct) is not { } index)
        {
            return [];
        }

        var found = new List<byte[]>();
        using var doc = JsonDocument.Parse(index);
        // Index entries SHOULD carry artifactType; tools that rewrite the index (skopeo 1.9) drop it, so the manifest decides then.
        foreach (var entry in doc.RootElement.GetProperty("manifests").EnumerateArray()
            .Where(m => !m.TryGetProperty("artifactType", out var t) || t.GetString() == artifactType))
        {
            var manifest = OciManifestJson.Parse((await store.GetManifestAsync(entry.GetProperty("digest").GetString()!, ct)).Bytes, store.Location);
            if (manifest.ArtifactType != artifactType || manifest.Layers.Count == 0)
            {
                continue;
            }

            var layer = manifest.Layers[0];
            await using var source = await store.OpenBlobAsync(layer, ct);
            using var buffer = new MemoryStream();
            await BlobCopy.CopyVerifiedAsync(source, buffer, layer, artifactType, ct);
            found.Add(buffer.ToArray());
        }

        return found;
    }
}
