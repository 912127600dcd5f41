namespace Tollgate.Core.Oci;

/// <summary>An OCI content descriptor: what a blob is, its digest and exact size.</summary>
internal sealed record OciDescriptor(string MediaType, string Digest, long Size, IReadOnlyDictionary<string, string>? Annotations = null)
{
    /// <summary>The layer's file name (<c>org.opencontainers.image.title</c>), if any.</summary>
    public string? Title => Annotations is not null && Annotations.TryGetValue(OciMediaTypes.Title, out var t) ? t : null;

    /// <summary>The hex part of a sha256 digest, validated so it can be used as a file name.</summary>
    public string Hex => OciDigest.Hex(Digest);
}
