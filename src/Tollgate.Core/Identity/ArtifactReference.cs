using Tollgate.Core.Config;
using Tollgate.Core.Oci.Registry;

namespace Tollgate.Core.Identity;

/// <summary>
/// Where an artifact is, in one canonical spelling: <c>oci://HOST/REPO[:TAG][@sha256:…]</c>,
/// <c>oci-layout:DIR[:TAG][@sha256:…]</c>, <c>nuget:SOURCE[?package=ID&amp;version=V]</c> or a plain folder.
/// Parsed by <see cref="ArtifactReferenceParser"/> only; <see cref="ToString"/> always writes the canonical form.
/// </summary>
internal sealed record ArtifactReference
{
    public const string RegistryScheme = "oci://";
    public const string LayoutScheme = "oci-layout:";
    public const string NuGetScheme = "nuget:";

    /// <summary>The old registry spelling <c>oci:HOST/REPO</c> (still found in recorded deployments); read, never written.</summary>
    public const string LegacyRegistryScheme = "oci:";

    internal ArtifactReference(ArtifactReferenceKind kind, string location) => (Kind, Location) = (kind, location);

    public ArtifactReferenceKind Kind { get; }

    /// <summary>The folder, the NuGet source, <c>HOST/REPO</c> or the layout folder.</summary>
    public string Location { get; internal init; }

    /// <summary>OCI tag, when one was given.</summary>
    public string? Tag { get; internal init; }

    /// <summary>OCI manifest digest (<c>sha256:…</c>), when pinned.</summary>
    public string? Digest { get; internal init; }

    /// <summary>NuGet package id and version, when pinned.</summary>
    public string? PackageId { get; internal init; }

    public string? Version { get; internal init; }

    /// <summary>True when the text used a deprecated alias (<c>oci:HOST/REPO</c> or a bare <c>HOST/REPO</c>); front ends warn with TOLLGATE1901.</summary>
    public bool DeprecatedSpelling { get; internal init; }

    public bool IsOci => Kind is ArtifactReferenceKind.OciRegistry or ArtifactReferenceKind.OciLayout;

    /// <summary>The registry and repository (only for <see cref="ArtifactReferenceKind.OciRegistry"/>).</summary>
    internal RegistryReference Registry => Kind == ArtifactReferenceKind.OciRegistry
        ? RegistryReference.Parse(Location)
        : throw new InvalidOperationException($"{this} is not a registry reference.");

    public static ArtifactReference Parse(string text) => ArtifactReferenceParser.Parse(text);

    public static bool TryParse(string? text, out ArtifactReference reference, out string problem) => ArtifactReferenceParser.TryParse(text, out reference, out problem);

    /// <summary><c>oci://HOST/REPO</c> from <c>package.ociRepository</c>, which names a repository (<c>HOST/REPO</c>, or already <c>oci://HOST/REPO</c>).</summary>
    public static ArtifactReference Repository(string repository) =>
        Parse(repository.StartsWith(RegistryScheme, StringComparison.Ordinal) ? repository : RegistryScheme + repository) with { DeprecatedSpelling = false };

    public static ArtifactReference Layout(string directory, string? digest = null) =>
        Parse(LayoutScheme + directory) with { Digest = digest is null ? null : ArtifactReferenceParser.ValidDigest(digest) };

    public static ArtifactReference NuGet(string source, string? packageId = null, string? version = null) =>
        new(ArtifactReferenceKind.NuGet, source) { PackageId = packageId, Version = version };

    /// <summary>The same location pinned to a manifest digest (tag dropped: the digest is what was recorded).</summary>
    public ArtifactReference At(string digest) => this with { Digest = ArtifactReferenceParser.ValidDigest(digest), Tag = null };

    /// <summary>The location alone (no tag, digest or package pin): what a store is opened on.</summary>
    public ArtifactReference Unpinned() => this with { Tag = null, Digest = null, PackageId = null, Version = null, DeprecatedSpelling = false };

    /// <summary>Local paths resolved against tollgate.yml's folder (recorded references are relative to it); registries and URLs unchanged.</summary>
    public ArtifactReference ResolvedAgainst(TollgateConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return IsLocal ? this with { Location = config.Resolve(Location) } : this;
    }

    /// <summary>A path on this machine (folder, layout, folder feed) rather than a registry or an http(s) feed.</summary>
    public bool IsLocal => Kind switch
    {
        ArtifactReferenceKind.OciRegistry => false,
        ArtifactReferenceKind.NuGet => !Location.Contains("://", StringComparison.Ordinal),
        _ => true,
    };

    public override string ToString() => Kind switch
    {
        ArtifactReferenceKind.Folder => Location,
        ArtifactReferenceKind.NuGet => NuGetScheme + Location + (PackageId is null ? "" : $"?package={PackageId}&version={Version}"),
        _ => (Kind == ArtifactReferenceKind.OciRegistry ? RegistryScheme : LayoutScheme) + Location + (Tag is null ? "" : ":" + Tag) + (Digest is null ? "" : "@" + Digest),
    };
}
