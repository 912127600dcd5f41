namespace Tollgate.Core.Oci;

/// <summary>What a fetch produced: the manifest digest it resolved to, the artifact's content digest and the folder.</summary>
internal sealed record OciFetchResult(string Location, string Name, string Version, string Digest, string ContentDigest, string Output)
{
    public string Reference => $"{Location}@{Digest}";
}
