namespace Cake.Tollgate.Packaging;

/// <summary>What a fetch wrote, every file verified (<c>tollgate fetch --json</c>); NuGet and OCI fill different fields.</summary>
/// <param name="Name">Model name.</param>
/// <param name="Version">Model version.</param>
/// <param name="Output">The folder written.</param>
/// <param name="Reference">What was fetched: <c>nuget:ID@VERSION</c> or <c>LOCATION@sha256:…</c>.</param>
/// <param name="ModelDigest">Model content digest (NuGet).</param>
/// <param name="ContentDigest">Model content digest (OCI).</param>
/// <param name="Digest">OCI manifest digest (OCI).</param>
/// <param name="PackageId">NuGet package id (NuGet).</param>
/// <param name="PackageDigest">sha256 of the .nupkg (NuGet).</param>
/// <param name="Source">The NuGet feed (NuGet).</param>
/// <param name="Location">The registry repository or layout (OCI).</param>
public sealed record TollgateFetchResult(
    string Name, string Version, string Output, string Reference, string? ModelDigest, string? ContentDigest, string? Digest, string? PackageId,
    string? PackageDigest, string? Source, string? Location)
{
    /// <summary>The model's content digest whichever way it came: compare it with the digest you meant to serve.</summary>
    public string ModelContentDigest => ModelDigest ?? ContentDigest ?? "";
}
