namespace Tollgate.Core.Packaging;

/// <summary>What a NuGet push did: the package, its model digest, the package file's digest and where it went.</summary>
internal sealed record NuGetPushResult(string Source, string PackageId, string Version, string ModelDigest, string PackageDigest, bool AlreadyPresent)
{
    public string Reference => $"nuget:{PackageId}@{Version}";
}
