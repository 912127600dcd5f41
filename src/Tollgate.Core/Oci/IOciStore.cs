namespace Tollgate.Core.Oci;

/// <summary>Where OCI content lives: an image layout on disk or a registry repository. Push and pull work on either.</summary>
internal interface IOciStore
{
    /// <summary>How to name this store in messages and JSON, e.g. <c>oci://127.0.0.1:5000/models/churn</c>.</summary>
    string Location { get; }

    Task<bool> HasBlobAsync(OciDescriptor blob, CancellationToken cancellationToken);

    /// <summary>Stores a blob; <paramref name="open"/> returns a fresh stream at offset 0 each call (retries reopen it).</summary>
    /// <returns>True when bytes were sent; false when the store got it otherwise (cross-repository mount).</returns>
    Task<bool> PushBlobAsync(OciDescriptor blob, Func<Stream> open, CancellationToken cancellationToken);

    /// <summary>
    /// The digest of the manifest <paramref name="tag"/> names, or null when the tag is absent. A store names only a manifest
    /// it holds complete: a registry stores a manifest only once the blobs it references are there (pushers send blobs
    /// first; Distribution refuses the manifest otherwise) and keeps blobs a manifest references; the layout checks its files.
    /// </summary>
    Task<string?> ResolveTagAsync(string tag, CancellationToken cancellationToken);

    /// <summary>Stores manifest bytes exactly under a tag (callers skip a tag <see cref="ResolveTagAsync"/> already names); returns the manifest digest.</summary>
    Task<string> PutManifestAsync(byte[] manifest, string tag, CancellationToken cancellationToken);

    /// <summary>Gets manifest bytes by tag or digest; the bytes are checked against the digest they were asked by.</summary>
    Task<OciManifestBytes> GetManifestAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Opens a blob for reading; callers verify size and digest while they copy (<see cref="BlobCopy"/>).</summary>
    Task<Stream> OpenBlobAsync(OciDescriptor blob, CancellationToken cancellationToken);
}
