namespace Tollgate.Core.Oci;

/// <summary>
/// A model version as an OCI artifact: the exact manifest bytes (digest computed from them), the config blob
/// (the <c>tollgate.model.json</c> bytes) and one layer per model file with the path of its source.
/// </summary>
internal sealed record OciArtifact(
    string Name,
    string Version,
    byte[] ManifestBytes,
    string ManifestDigest,
    OciDescriptor Config,
    byte[] ConfigBytes,
    IReadOnlyList<OciLayerSource> Layers)
{
    /// <summary>The tag for the model version: OCI tags cannot hold '+', so build metadata uses '_' (as Helm does).</summary>
    public string VersionTag => OciTags.ForVersion(Version);
}
