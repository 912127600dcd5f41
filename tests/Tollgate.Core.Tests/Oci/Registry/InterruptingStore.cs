using Tollgate.Core.Oci;

namespace Tollgate.Core.Tests.Oci.Registry;

/// <summary>
/// Passes everything to a real store, but runs <c>interrupt</c> once half of the chosen blob has been read
/// for upload: the registry dies mid-transfer, as in a crash.
/// </summary>
internal sealed class InterruptingStore(IOciStore inner, string digest, Action interrupt) : IOciStore
{
    public string Location => inner.Location;

    public Task<bool> HasBlobAsync(OciDescriptor blob, CancellationToken cancellationToken) => inner.HasBlobAsync(blob, cancellationToken);

    public Task<bool> PushBlobAsync(OciDescriptor blob, Func<Stream> open, CancellationToken cancellationToken) =>
        inner.PushBlobAsync(blob, blob.Digest == digest ? () => new TripwireStream(open(), blob.Size / 2, interrupt) : open, cancellationToken);

    public Task<string?> ResolveTagAsync(string tag, CancellationToken cancellationToken) => inner.ResolveTagAsync(tag, cancellationToken);

    public Task<string> PutManifestAsync(byte[] manifest, string tag, CancellationToken cancellationToken) => inner.PutManifestAsync(manifest, tag, cancellationToken);

    public Task<OciManifestBytes> GetManifestAsync(string reference, CancellationToken cancellationToken) => inner.GetManifestAsync(reference, cancellationToken);

    public Task<Stream> OpenBlobAsync(OciDescriptor blob, CancellationToken cancellationToken) => inner.OpenBlobAsync(blob, cancellationToken);
}
