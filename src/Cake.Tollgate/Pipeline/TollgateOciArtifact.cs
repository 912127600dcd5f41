namespace Cake.Tollgate.Pipeline;

/// <summary>The OCI artifact a pack wrote to the image layout.</summary>
/// <param name="Location">The layout, <c>oci-layout:DIR</c>.</param>
/// <param name="Digest">Manifest digest, <c>sha256:…</c>.</param>
/// <param name="Reference">Pinned reference in the canonical spelling, <c>oci-layout:DIR@sha256:…</c>.</param>
/// <param name="Tags">Tags set (the version).</param>
public sealed record TollgateOciArtifact(string Location, string Digest, string Reference, IReadOnlyList<string> Tags);
