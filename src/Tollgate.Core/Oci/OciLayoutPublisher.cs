namespace Tollgate.Core.Oci;

/// <summary>Writes an artifact folder into an OCI image layout on disk (the registry-free default for <c>tollgate pack --oci-layout</c>).</summary>
internal static class OciLayoutPublisher
{
    /// <summary>Verifies the artifact, writes its blobs and manifest, and tags it with its version (plus <paramref name="extraTags"/>).</summary>
    public static Task<OciPushResult> PublishAsync(string artifactDir, string layoutDir, IEnumerable<string>? extraTags = null, string? source = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(artifactDir);
        ArgumentException.ThrowIfNullOrWhiteSpace(layoutDir);
        var artifact = OciArtifactBuilder.Build(artifactDir, source);
        return OciPusher.PushAsync(artifact, new OciLayout(layoutDir), extraTags, cancellationToken: cancellationToken);
    }
}
