using System.Globalization;
using System.Text.Json;
using Tollgate.Core.Artifacts;

namespace Tollgate.Core.Oci;

/// <summary>
/// Builds the OCI artifact of an artifact folder in the CNCF ModelPack format: model files as raw layers,
/// <c>tollgate.model.json</c> as its own (doc) layer and as annotations, a ModelPack config whose
/// <c>modelfs.diffIds</c> lists the layers in order. The same folder always gives the same manifest bytes.
/// </summary>
internal static class OciArtifactBuilder
{
    /// <summary>Reads and verifies the folder (every file against its digest), then describes it as an OCI artifact.</summary>
    /// <param name="artifactDir">Folder holding <c>tollgate.model.json</c> and the model files.</param>
    /// <param name="source">URL of the source repository for <c>org.opencontainers.image.source</c>, if known.</param>
    /// <param name="cache">Digests of files unchanged since Tollgate hashed them (push of an unchanged artifact reads no model bytes); null hashes every file.</param>
    public static OciArtifact Build(string artifactDir, string? source = null, FileDigestCache? cache = null) => Build(VerifiedArtifact.Load(artifactDir, cache), source);

    /// <summary>Describes an already verified folder as an OCI artifact (reads no model bytes).</summary>
    public static OciArtifact Build(VerifiedArtifact artifact, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        return Describe(artifact.Directory, artifact.Manifest, source);
    }

    /// <summary>Describes a folder whose files the caller verified (or verifies while it copies them) against <paramref name="manifest"/>.</summary>
    public static OciArtifact Describe(string artifactDir, ModelManifest manifest, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var manifestPath = Path.Combine(artifactDir, ModelManifest.FileName);
        var manifestBytes = File.ReadAllBytes(manifestPath);

        // The manifest already holds each file's digest and size (verified by the caller): no second hashing pass.
        var layers = manifest.Files
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => Layer(LayerMediaType(f.Path), f.Digest, f.Size, f.Path, Path.Combine(artifactDir, f.Path)))
            .Append(Layer(OciMediaTypes.ModelDocRaw, OciDigest.Of(manifestBytes), manifestBytes.Length, ModelManifest.FileName, manifestPath))
            .ToList();

        var configBytes = ModelPackConfig.Write(manifest, layers.Select(l => l.Descriptor.Digest).ToList(), source);
        var config = new OciDescriptor(OciMediaTypes.ModelConfig, OciDigest.Of(configBytes), configBytes.Length);

        // OciManifestJson writes annotations in ordinal key order, so a plain dictionary gives the same bytes.
        var annotations = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [OciMediaTypes.Created] = manifest.Created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            [OciMediaTypes.Version] = manifest.Version,
            [OciMediaTypes.Revision] = manifest.Lineage.Commit,
            [OciMediaTypes.Title] = manifest.Name,
            [OciMediaTypes.TollgateName] = manifest.Name,
            [OciMediaTypes.TollgateDigest] = manifest.Digest,
            [OciMediaTypes.TollgateFramework] = manifest.Framework,
            [OciMediaTypes.TollgateTrainer] = manifest.Lineage.Trainer,
            [OciMediaTypes.TollgateDataDigest] = manifest.Lineage.DataDigest,
            [OciMediaTypes.TollgateMetrics] = MetricsJson(manifest.Metrics),
        };
        Add(annotations, OciMediaTypes.Description, manifest.Card.Description);
        Add(annotations, OciMediaTypes.Licenses, manifest.Card.License);
        Add(annotations, OciMediaTypes.Source, source);

        var bytes = OciManifestJson.Write(OciMediaTypes.ModelArtifact, config, layers.Select(l => l.Descriptor).ToList(), annotations);
        return new OciArtifact(manifest.Name, manifest.Version, bytes, OciDigest.Of(bytes), config, configBytes, layers);
    }

    /// <summary>
    /// The metrics as one compact JSON object, keys in ordinal order: the bytes <c>JsonSerializer.Serialize</c> gives a
    /// <c>SortedDictionary</c> (OciArtifactBuilderTests checks), written directly so a push does not start the reflection serializer.
    /// </summary>
    internal static string MetricsJson(IReadOnlyDictionary<string, double> metrics)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var key in metrics.Keys.Order(StringComparer.Ordinal))
            {
                json.WriteNumber(key, metrics[key]);
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Documentation files are doc layers; everything else the model loads is a weight layer.</summary>
    private static string LayerMediaType(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? OciMediaTypes.ModelDocRaw : OciMediaTypes.ModelWeightRaw;

    private static OciLayerSource Layer(string mediaType, string digest, long size, string path, string file) =>
        new(new OciDescriptor(mediaType, digest, size, new Dictionary<string, string> { [OciMediaTypes.FilePath] = path, [OciMediaTypes.Title] = path }), file);

    private static void Add(IDictionary<string, string> annotations, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            annotations[key] = value;
        }
    }
}
