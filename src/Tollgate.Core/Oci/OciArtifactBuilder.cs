using System.Globalization;
using Tollgate.Core.Artifacts;

namespace Tollgate.Core.Oci;

/// <summary>Builds the OCI artifact of an artifact folder; the same folder always gives the same manifest bytes.</summary>
public static class OciArtifactBuilder
{
    /// <summary>Reads and verifies the folder (every file against its digest), then describes it as an OCI artifact.</summary>
    /// <param name="artifactDir">Folder holding <c>tollgate.model.json</c> and the model files.</param>
    /// <param name="source">URL of the source repository for <c>org.opencontainers.image.source</c>, if known.</param>
    public static OciArtifact Build(string artifactDir, string? source = null)
    {
        var manifest = ManifestStore.Read(artifactDir);
        var configBytes = File.ReadAllBytes(Path.Combine(artifactDir, ModelManifest.FileName));
        var config = new OciDescriptor(OciMediaTypes.ModelConfig, OciDigest.Of(configBytes), configBytes.Length);

        // The manifest already holds each file's digest and size, verified just above: no second hashing pass.
        var layers = manifest.Files
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => new OciLayerSource(
                new OciDescriptor(OciMediaTypes.ModelFile, f.Digest, f.Size, new Dictionary<string, string> { [OciMediaTypes.Title] = f.Path }),
                Path.Combine(artifactDir, f.Path)))
            .ToList();

        var annotations = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [OciMediaTypes.Created] = manifest.Created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            [OciMediaTypes.Version] = manifest.Version,
            [OciMediaTypes.Revision] = manifest.Lineage.Commit,
            [OciMediaTypes.Title] = manifest.Name,
        };
        Add(annotations, OciMediaTypes.Description, manifest.Card.Description);
        Add(annotations, OciMediaTypes.Licenses, manifest.Card.License);
        Add(annotations, OciMediaTypes.Source, source);

        var bytes = OciManifestJson.Write(OciMediaTypes.ModelArtifact, config, layers.Select(l => l.Descriptor).ToList(), annotations);
        return new OciArtifact(manifest.Name, manifest.Version, bytes, OciDigest.Of(bytes), config, configBytes, layers);
    }

    private static void Add(IDictionary<string, string> annotations, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            annotations[key] = value;
        }
    }
}
