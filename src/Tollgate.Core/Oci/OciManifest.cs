namespace Tollgate.Core.Oci;

/// <summary>A parsed image manifest: what a pull needs (config, layers, annotations).</summary>
internal sealed record OciManifest(string? ArtifactType, OciDescriptor Config, IReadOnlyList<OciDescriptor> Layers, IReadOnlyDictionary<string, string>? Annotations);
