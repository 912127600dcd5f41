namespace Tollgate.Core.Oci;

/// <summary>
/// What attaching referrers (signatures, attestations) needs beyond <see cref="IOciStore"/>: manifests stored by
/// digest, and the image index of a subject's referrers (referrers API, or the spec's fallback tag <c>sha256-&lt;hex&gt;</c>).
/// </summary>
internal interface IOciReferrerStore
{
    /// <summary>Stores an image manifest under its digest only (no tag).</summary>
    Task PutManifestByDigestAsync(byte[] manifest, CancellationToken cancellationToken);

    /// <summary>True when the store answers the referrers API itself (no fallback tag needed).</summary>
    Task<bool> HasReferrersApiAsync(string subjectDigest, CancellationToken cancellationToken);

    /// <summary>The referrers image index of a subject (API or fallback tag), or null when there is none.</summary>
    Task<byte[]?> GetReferrersIndexAsync(string subjectDigest, CancellationToken cancellationToken);

    /// <summary>Stores an image index under a tag (the fallback tag).</summary>
    Task PutIndexAsync(byte[] index, string tag, CancellationToken cancellationToken);
}
