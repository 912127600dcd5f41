using Tollgate.Core.Artifacts;
using Tollgate.Core.Util;

namespace Tollgate.Core.Oci;

/// <content>Checking a blob already in the layout before a pack relies on it instead of writing it again.</content>
internal sealed partial class OciLayout
{
    /// <summary>
    /// Refuses a present blob whose content does not match the digest it is named by (hashed, or taken from
    /// <paramref name="cache"/> when the blob file is unchanged since Tollgate hashed it).
    /// </summary>
    internal void VerifyPresentBlob(OciDescriptor blob, FileDigestCache? cache)
    {
        var path = BlobPath(blob.Digest);
        var digest = cache?.TryGet(path);
        if (digest is null)
        {
            var before = FileDigestCache.Observe(path);
            digest = Hashing.Digest(Hashing.Sha256File(path));
            cache?.Record(before, digest);
        }

        if (digest != blob.Digest)
        {
            throw new TollgateException(
                ErrorCodes.DigestMismatch,
                $"Blob {path} in the OCI layout is corrupted: it is named {blob.Digest} ('{blob.Title ?? "config"}'), but its content is {digest}.",
                $"Delete {path} and run 'tollgate pack' again: the blob is rewritten from the verified artifact.");
        }
    }
}
