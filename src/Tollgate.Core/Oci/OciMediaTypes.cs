namespace Tollgate.Core.Oci;

/// <summary>Media types and annotation keys of a Tollgate model as an OCI image-spec 1.1 artifact.</summary>
public static class OciMediaTypes
{
    public const string ImageManifest = "application/vnd.oci.image.manifest.v1+json";
    public const string ImageIndex = "application/vnd.oci.image.index.v1+json";
    public const string ModelArtifact = "application/vnd.tollgate.model.v1";
    public const string ModelConfig = "application/vnd.tollgate.model.config.v1+json";
    public const string ModelFile = "application/vnd.tollgate.model.file.v1";

    public const string Title = "org.opencontainers.image.title";
    public const string Version = "org.opencontainers.image.version";
    public const string Revision = "org.opencontainers.image.revision";
    public const string Source = "org.opencontainers.image.source";
    public const string Created = "org.opencontainers.image.created";
    public const string Description = "org.opencontainers.image.description";
    public const string Licenses = "org.opencontainers.image.licenses";
    public const string RefName = "org.opencontainers.image.ref.name";
}
