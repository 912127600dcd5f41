namespace Tollgate.Core.Packaging;

/// <summary>What a NuGet fetch produced: the version a range resolved to, the verified model digest and the folder.</summary>
internal sealed record NuGetFetchResult(string Source, string PackageId, string Version, string Name, string ModelDigest, string PackageDigest, string Output)
{
    /// <summary>The pinned canonical reference, <c>nuget:SOURCE?package=ID&amp;version=V</c>.</summary>
    public string Reference => Identity.ArtifactReference.NuGet(Source, PackageId, Version).ToString();
}
