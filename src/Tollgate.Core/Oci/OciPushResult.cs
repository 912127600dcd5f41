namespace Tollgate.Core.Oci;

/// <summary>What a push did: the manifest digest, the tags set, and which blobs were uploaded, already there, or mounted.</summary>
internal sealed record OciPushResult(
    string Location, string Name, string Version, string Digest, IReadOnlyList<string> Tags, IReadOnlyList<string> UploadedBlobs, IReadOnlyList<string> SkippedBlobs, IReadOnlyList<string> MountedBlobs)
{
    /// <summary>The pinned reference, <c>LOCATION@sha256:…</c>.</summary>
    public string Reference => $"{Location}@{Digest}";
}
