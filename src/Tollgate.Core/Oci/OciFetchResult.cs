namespace Tollgate.Core.Oci;

/// <summary>What a fetch produced: the manifest digest it resolved to, the artifact's content digest and the folder.</summary>
internal sealed record OciFetchResult(string Location, string Name, string Version, string Digest, string ContentDigest, string Output)
{
    public string Reference => $"{Location}@{Digest}";

    /// <summary>Written by an earlier Tollgate (digest format 1): files verified, recorded metrics not trusted.</summary>
    public bool Legacy { get; init; }

    /// <summary>The line fetch prints for a legacy artifact.</summary>
    public const string LegacyNote = "  legacy:  written by an earlier Tollgate (digest format 1): every file verified, but the digest does not cover the recorded metrics; metric gates refuse them (TOLLGATE1881). Retrain to upgrade.";
}
