using Tollgate.Core.Artifacts;

namespace Tollgate.Core.Oci;

/// <summary>
/// Which blob becomes which file when a model artifact is fetched. Reads the ModelPack format and the format
/// earlier Tollgate versions wrote (config = <c>tollgate.model.json</c>, layers titled with their path).
/// </summary>
internal static class OciModelFiles
{
    /// <returns>(blob, relative path) pairs, the manifest file included; every path checked to stay inside the folder.</returns>
    public static IReadOnlyList<(OciDescriptor Blob, string Path)> Plan(OciManifest manifest, string where)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (manifest.ArtifactType == OciMediaTypes.LegacyModelArtifact && manifest.Config.MediaType == OciMediaTypes.LegacyModelConfig)
        {
            return manifest.Layers.Select(l => (l, SafeEntryPath.Check(l.Title, where)))
                .Prepend((manifest.Config, ModelManifest.FileName))
                .ToList();
        }

        if (manifest.ArtifactType != OciMediaTypes.ModelArtifact && manifest.Config.MediaType != OciMediaTypes.ModelConfig)
        {
            throw new TollgateException(ErrorCodes.OciManifestInvalid, $"{where} is not a model artifact (artifactType '{manifest.ArtifactType}', config '{manifest.Config.MediaType}').", "Fetch a reference pushed by 'tollgate push --oci' or 'tollgate pack'.");
        }

        var files = manifest.Layers.Select(l => (l, SafeEntryPath.Check(PathOf(l), where, manifestLayer: PathOf(l) == ModelManifest.FileName))).ToList();
        if (!files.Any(f => f.Item2 == ModelManifest.FileName))
        {
            throw new TollgateException(ErrorCodes.OciManifestInvalid, $"{where} is a ModelPack artifact without a {ModelManifest.FileName} layer, so it was not written by Tollgate.", "Fetch a reference pushed by 'tollgate push --oci' or 'tollgate pack'.");
        }

        var duplicate = files.GroupBy(f => f.Item2, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new TollgateException(ErrorCodes.UnsafeArchiveEntry, $"{where} has two layers for '{duplicate.Key}'.", "Refusing to extract; the artifact was not produced by Tollgate or was tampered with.");
        }

        return files;
    }

    /// <summary>ModelPack names the path in <c>org.cncf.model.filepath</c>; the OCI title is the fallback.</summary>
    private static string? PathOf(OciDescriptor layer) =>
        layer.Annotations is not null && layer.Annotations.TryGetValue(OciMediaTypes.FilePath, out var path) ? path : layer.Title;
}
