namespace Cake.Tollgate.Pipeline;

/// <summary>What <c>TollgatePack</c> produced (<c>tollgate pack --json</c>).</summary>
/// <param name="Name">Model name.</param>
/// <param name="Version">Model (and package) version.</param>
/// <param name="Digest">Model content digest, <c>sha256:…</c>.</param>
/// <param name="NuGet">The NuGet package, unless only an OCI layout was asked for.</param>
/// <param name="Oci">The OCI artifact, unless only NuGet was asked for.</param>
public sealed record TollgatePackResult(string Name, string Version, string Digest, TollgateNuGetPackage? NuGet, TollgateOciArtifact? Oci)
{
    /// <summary>Every package file written (or already present), for publishing steps.</summary>
    public IReadOnlyList<string> PackagePaths => NuGet is null ? [] : [NuGet.Path];
}
