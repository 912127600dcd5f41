namespace Tollgate.Core.Identity;

/// <summary>Where an <see cref="ArtifactReference"/> points.</summary>
internal enum ArtifactReferenceKind
{
    /// <summary>A local folder or file: any text without a scheme that is not a registry.</summary>
    Folder,

    /// <summary><c>nuget:SOURCE</c>, optionally pinned as <c>nuget:SOURCE?package=ID&amp;version=V</c>.</summary>
    NuGet,

    /// <summary><c>oci://HOST/REPO</c>, optionally with <c>:TAG</c> or <c>@sha256:…</c>.</summary>
    OciRegistry,

    /// <summary><c>oci-layout:DIR</c>, optionally with <c>:TAG</c> or <c>@sha256:…</c>.</summary>
    OciLayout,
}
