namespace Tollgate.Core.Oci;

/// <summary>
/// Media types and annotation keys of a Tollgate model as an OCI image-spec 1.1 artifact in the CNCF ModelPack
/// format (model-spec v1), plus the types earlier Tollgate versions wrote, which fetch still reads.
/// </summary>
internal static class OciMediaTypes
{
    public const string ImageManifest = "application/vnd.oci.image.manifest.v1+json";
    public const string ImageIndex = "application/vnd.oci.image.index.v1+json";

    // ModelPack (modelpack/model-spec specs-go/v1/mediatype.go): what KitOps, Harbor and other readers recognise.
    public const string ModelArtifact = "application/vnd.cncf.model.manifest.v1+json";
    public const string ModelConfig = "application/vnd.cncf.model.config.v1+json";
    public const string ModelWeightRaw = "application/vnd.cncf.model.weight.v1.raw";
    public const string ModelDocRaw = "application/vnd.cncf.model.doc.v1.raw";

    // Written by Tollgate before the ModelPack format: config = tollgate.model.json, one titled layer per file.
    public const string LegacyModelArtifact = "application/vnd.tollgate.model.v1";
    public const string LegacyModelConfig = "application/vnd.tollgate.model.config.v1+json";
    public const string LegacyModelFile = "application/vnd.tollgate.model.file.v1";

    public const string Title = "org.opencontainers.image.title";
    public const string Version = "org.opencontainers.image.version";
    public const string Revision = "org.opencontainers.image.revision";
    public const string Source = "org.opencontainers.image.source";
    public const string Created = "org.opencontainers.image.created";
    public const string Description = "org.opencontainers.image.description";
    public const string Licenses = "org.opencontainers.image.licenses";
    public const string RefName = "org.opencontainers.image.ref.name";

    /// <summary>ModelPack layer annotation: the file's path relative to the model root.</summary>
    public const string FilePath = "org.cncf.model.filepath";

    // Tollgate's manifest as annotations, so registries and `skopeo inspect` show identity without pulling a blob.
    public const string TollgateName = "dev.tollgate.model.name";
    public const string TollgateDigest = "dev.tollgate.model.digest";
    public const string TollgateFramework = "dev.tollgate.model.framework";
    public const string TollgateTrainer = "dev.tollgate.model.trainer";
    public const string TollgateDataDigest = "dev.tollgate.model.data-digest";
    public const string TollgateMetrics = "dev.tollgate.model.metrics";
}
