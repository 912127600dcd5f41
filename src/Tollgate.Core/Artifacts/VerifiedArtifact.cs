using Tollgate.Core.Oci;

namespace Tollgate.Core.Artifacts;

/// <summary>
/// An artifact folder read and verified once per command (every file hashed against its manifest, the content digest
/// recomputed) and then passed down the call chain instead of its path, so no step reads or re-hashes it again.
/// The OCI manifest digest is derived from the verified file digests on first use, without another hashing pass.
/// </summary>
public sealed class VerifiedArtifact
{
    private readonly Lazy<OciArtifact> oci;

    private VerifiedArtifact(string directory, ModelManifest manifest)
    {
        (Directory, Manifest) = (directory, manifest);
        oci = new Lazy<OciArtifact>(() => OciArtifactBuilder.Build(this));
    }

    /// <summary>The folder, as a full path.</summary>
    public string Directory { get; }

    /// <summary>The verified manifest (<c>tollgate.model.json</c>); internal: embedders read the members below.</summary>
    internal ModelManifest Manifest { get; }

    /// <summary>The content digest (<c>sha256:…</c>), verified against the files.</summary>
    public string Digest => Manifest.Digest;

    /// <summary>The model's name.</summary>
    public string Name => Manifest.Name;

    /// <summary>The model's version.</summary>
    public string Version => Manifest.Version;

    /// <summary>The evaluation metrics recorded at training (e.g. <c>auc</c>, <c>accuracy</c>), part of the digest.</summary>
    public IReadOnlyDictionary<string, double> Metrics => Manifest.Metrics;

    /// <summary>The digest of the OCI manifest this folder packs into (what a registry or layout holds).</summary>
    public string OciManifestDigest => oci.Value.ManifestDigest;

    /// <summary>The OCI artifact (ModelPack manifest, config, layers) of this folder.</summary>
    internal OciArtifact Oci => oci.Value;

    /// <summary>Reads <c>tollgate.model.json</c> and verifies every file against it: the one load of a command.</summary>
    public static VerifiedArtifact Load(string directory) => Load(directory, cache: null);

    /// <param name="directory">The artifact folder.</param>
    /// <param name="cache">Digests of files unchanged since Tollgate hashed them (see <see cref="FileDigestCache"/>); null hashes every file.</param>
    internal static VerifiedArtifact Load(string directory, FileDigestCache? cache)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return new VerifiedArtifact(Path.GetFullPath(directory), ManifestStore.Read(directory, verifyFiles: true, cache));
    }
}
