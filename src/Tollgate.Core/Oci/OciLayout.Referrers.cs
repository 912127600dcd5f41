using Tollgate.Core.Util;

namespace Tollgate.Core.Oci;

/// <summary>Referrers in a layout: manifests as blobs, the subject's referrers index under the fallback tag in index.json.</summary>
internal sealed partial class OciLayout
{
    public Task PutManifestByDigestAsync(byte[] manifest, CancellationToken cancellationToken) =>
        PushBlobAsync(new OciDescriptor(OciMediaTypes.ImageManifest, OciDigest.Of(manifest), manifest.Length), () => new MemoryStream(manifest, writable: false), cancellationToken);

    public Task<bool> HasReferrersApiAsync(string subjectDigest, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<byte[]?> GetReferrersIndexAsync(string subjectDigest, CancellationToken cancellationToken)
    {
        var digest = OciLayoutIndex.Read(Root).Find(OciReferrers.FallbackTag(subjectDigest));
        return Task.FromResult(digest is null ? null : File.ReadAllBytes(BlobPath(digest)));
    }

    public async Task PutIndexAsync(byte[] index, string tag, CancellationToken cancellationToken)
    {
        OciTags.Validate(tag);
        var descriptor = new OciDescriptor(OciMediaTypes.ImageIndex, OciDigest.Of(index), index.Length);
        await PushBlobAsync(descriptor, () => new MemoryStream(index, writable: false), cancellationToken);
        using var _ = LockIndex(); // index.json is shared with concurrent taggers: read, change and replace under the lock
        var entries = OciLayoutIndex.Read(Root);
        if (entries.Find(tag) != descriptor.Digest)
        {
            entries.SetTag(tag, descriptor, null);
            AtomicFile.Write(Path.Combine(Root, "index.json"), entries.WriteTo);
        }
    }
}
