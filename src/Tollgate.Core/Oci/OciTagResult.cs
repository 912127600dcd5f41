namespace Tollgate.Core.Oci;

/// <summary>Result of a re-tag.</summary>
internal sealed record OciTagResult(string Location, string Tag, string Digest)
{
    public string Reference => $"{Location}:{Tag}";
}
