using Tollgate.Core.Config;
using Tollgate.Core.Util;

namespace Tollgate.Core.Trust;

/// <summary>
/// Promotion attestations on disk: <c>&lt;trust.attestations&gt;/&lt;environment&gt;/&lt;deployment id&gt;.sigstore.json</c>,
/// one Sigstore bundle (DSSE over the in-toto Statement) per deployment, written atomically and never overwritten.
/// </summary>
internal sealed class AttestationStore(string root)
{
    public const string Extension = ".sigstore.json";

    public string Root { get; } = Path.GetFullPath(root);

    public static AttestationStore For(TollgateConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new AttestationStore(config.Resolve(config.Trust.Attestations));
    }

    public string PathOf(string environment, string deploymentId) => Path.Combine(Root, environment, deploymentId + Extension);

    /// <returns>The path, and the sha256 digest of the bytes stored there.</returns>
    public (string Path, string Digest) Write(string environment, string deploymentId, byte[] bundle)
    {
        var path = PathOf(environment, deploymentId);
        if (File.Exists(path))
        {
            // A resumed promotion of the same deployment: the first attestation stands, it is never overwritten.
            var existing = File.ReadAllBytes(path);
            return (path, Hashing.Digest(Hashing.Sha256Hex(existing)));
        }

        AtomicFile.Write(path, s => s.Write(bundle));
        return (path, Hashing.Digest(Hashing.Sha256Hex(bundle)));
    }

    /// <summary>Every attestation stored for an environment (newest file first).</summary>
    public IReadOnlyList<string> List(string environment)
    {
        var dir = Path.Combine(Root, environment);
        return Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*" + Extension).OrderByDescending(File.GetLastWriteTimeUtc).ToList()
            : [];
    }
}
