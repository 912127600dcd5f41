namespace Tollgate.Core.Config;

internal sealed class PackageSection
{
    public string? Id { get; set; }
    public List<string> Authors { get; set; } = [];
    public string Feed { get; set; } = "artifacts/feed";

    /// <summary>OCI image layout on disk the artifact is written to (the registry-free default).</summary>
    public string OciLayout { get; set; } = "artifacts/oci";

    /// <summary>Optional registry repository (REGISTRY/REPO) that promotions also tag.</summary>
    public string? OciRepository { get; set; }
    public string? RepositoryUrl { get; set; }

    /// <summary>Name of the environment variable holding the NuGet API key for push (never the key itself).</summary>
    public string ApiKeyVariable { get; set; } = "NUGET_API_KEY";
}
