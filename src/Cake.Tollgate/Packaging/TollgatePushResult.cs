namespace Cake.Tollgate.Packaging;

/// <summary>Where a push put the artifact (<c>tollgate push --json</c>); NuGet and OCI fill different fields.</summary>
/// <param name="Reference">Pinned reference: <c>nuget:ID@VERSION</c> or <c>LOCATION@sha256:…</c>.</param>
/// <param name="Version">Model version.</param>
/// <param name="Name">Model name (OCI).</param>
/// <param name="PackageId">NuGet package id (NuGet).</param>
/// <param name="Source">The NuGet feed (NuGet).</param>
/// <param name="Location">The registry repository or layout (OCI).</param>
/// <param name="Digest">OCI manifest digest (OCI).</param>
/// <param name="ModelDigest">Model content digest (NuGet).</param>
/// <param name="PackageDigest">sha256 of the .nupkg (NuGet).</param>
/// <param name="Tags">Tags set (OCI).</param>
/// <param name="AlreadyPresent">True when the feed already held it with the same model digest (NuGet).</param>
public sealed record TollgatePushResult(
    string Reference, string Version, string? Name, string? PackageId, string? Source, string? Location, string? Digest, string? ModelDigest,
    string? PackageDigest, IReadOnlyList<string>? Tags, bool AlreadyPresent);
