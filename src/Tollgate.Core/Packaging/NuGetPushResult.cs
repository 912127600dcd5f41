namespace Tollgate.Core.Packaging;

/// <summary>What a NuGet push did: the package, its model digest, the package file's digest and where it went.</summary>
internal sealed record NuGetPushResult(string Source, string PackageId, string Version, string ModelDigest, string PackageDigest, bool AlreadyPresent)
{
    /// <summary>The pinned canonical reference, <c>nuget:SOURCE?package=ID&amp;version=V</c>.</summary>
    public string Reference => Identity.ArtifactReference.NuGet(Source, PackageId, Version).ToString();
}
