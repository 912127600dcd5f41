using System.Text.Json;
using System.Text.RegularExpressions;
using Tollgate.Core.Util;

namespace Tollgate.Core.Tests.Oci;

/// <summary>
/// The rules ModelPack readers (KitOps kit ≥ 1.10, Harbor's model view) apply before they treat an OCI artifact as a
/// model, written here independently of Tollgate's builder: ModelPack artifactType or config media type, every layer
/// a model-spec media type, a config that validates against the spec's schema with diffIds in layer order, and
/// every layer naming its file.
/// </summary>
internal static partial class ModelPackRecognition
{
    /// <returns>Every rule the artifact breaks; empty when a ModelPack reader would accept it.</returns>
    public static IReadOnlyList<string> Problems(byte[] manifestBytes, byte[] configBytes)
    {
        var problems = new List<string>();
        using var manifest = JsonDocument.Parse(manifestBytes);
        var root = manifest.RootElement;
        var artifactType = root.TryGetProperty("artifactType", out var at) ? at.GetString() : null;
        var configType = root.GetProperty("config").GetProperty("mediaType").GetString();
        if (artifactType != "application/vnd.cncf.model.manifest.v1+json" && configType != "application/vnd.cncf.model.config.v1+json")
        {
            problems.Add($"neither artifactType '{artifactType}' nor config media type '{configType}' is ModelPack");
        }

        var layers = root.GetProperty("layers").EnumerateArray().ToList();
        foreach (var layer in layers)
        {
            var mediaType = layer.GetProperty("mediaType").GetString()!;
            if (!LayerMediaType().IsMatch(mediaType))
            {
                problems.Add($"layer media type '{mediaType}' is not a model-spec type");
            }

            if (!layer.TryGetProperty("annotations", out var a) || !a.TryGetProperty("org.cncf.model.filepath", out _) || !a.TryGetProperty("org.opencontainers.image.title", out _))
            {
                problems.Add($"layer {layer.GetProperty("digest").GetString()} lacks org.cncf.model.filepath / org.opencontainers.image.title");
            }
        }

        using var config = JsonDocument.Parse(configBytes);
        var schema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Trust", "Vectors", "modelpack", "config-schema.json"))).RootElement;
        problems.AddRange(new JsonSchemaValidator(schema).Validate(config.RootElement).Select(e => "config: " + e));
        if (config.RootElement.TryGetProperty("modelfs", out var modelfs) && modelfs.TryGetProperty("diffIds", out var diffIds))
        {
            var expected = layers.Select(l => l.GetProperty("digest").GetString()).ToList();
            if (!diffIds.EnumerateArray().Select(d => d.GetString()).SequenceEqual(expected))
            {
                problems.Add("modelfs.diffIds do not list the layer digests in layer order");
            }
        }

        return problems;
    }

    [GeneratedRegex(@"^application/vnd\.cncf\.model\.(weight|weight\.config|doc|code|dataset)\.v1\.(raw|tar|tar\+gzip|tar\+zstd)$")]
    private static partial Regex LayerMediaType();
}
