namespace Tollgate.Core.Oci;

/// <summary>Points a tag (e.g. <c>staging</c>) at an existing manifest by digest: same bytes, same digest, no blob upload.</summary>
internal static class OciTagger
{
    public static async Task<OciTagResult> TagAsync(IOciStore store, string digest, string tag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        OciDigest.Hex(digest);
        OciTags.Validate(tag);
        if (await store.ResolveTagAsync(tag, cancellationToken) == digest)
        {
            return new OciTagResult(store.Location, tag, digest); // already there: nothing to send
        }

        var manifest = await store.GetManifestAsync(digest, cancellationToken);
        var stored = await store.PutManifestAsync(manifest.Bytes, tag, cancellationToken);
        return new OciTagResult(store.Location, tag, stored);
    }
}
