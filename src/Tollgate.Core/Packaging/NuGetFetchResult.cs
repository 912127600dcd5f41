namespace Tollgate.Core.Packaging;

/// <summary>What a NuGet fetch produced: the version a range resolved to, the verified model digest and the folder.</summary>
internal sealed record NuGetFetchResult(string Source, string PackageId, string Version, string Name, string ModelDigest, string PackageDigest, string Output)
{
    public string Reference => $"nuget:{PackageId}@{Version}";
}
