namespace Tollgate.Core.Oci;

/// <summary>Writes an artifact folder into an OCI image layout on disk (the registry-free default for <c>tollgate pack --oci-layout</c>).</summary>
internal static class OciLayoutPublisher
{
    /// <summary>Verifies the artifact while writing its blobs (one pass), then its manifest, and tags it with its version (plus <paramref name="extraTags"/>).</summary>
    public static async Task<OciPushResult> PublishAsync(string artifactDir, string layoutDir, IEnumerable<string>? extraTags = null, string? source = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(artifactDir);
        ArgumentException.ThrowIfNullOrWhiteSpace(layoutDir);
        var packer = new Packaging.ModelPacker(null, null, new OciLayout(layoutDir)) { ExtraTags = extraTags, Source = source };
        return (await packer.PackAsync(artifactDir, cancellationToken)).Oci!;
    }
}
