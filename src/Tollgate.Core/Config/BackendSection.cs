namespace Tollgate.Core.Config;

internal sealed class BackendSection
{
    /// <summary>auto (GitHub when a token and repository are known, else local), local, git or github.</summary>
    public string Kind { get; set; } = "auto";
    public string Ledger { get; set; } = ".tollgate/ledger.jsonl";

    /// <summary>git: the remote holding the ledger ref (name or URL); default origin.</summary>
    public string? Remote { get; set; }

    /// <summary>git: the ledger ref on that remote; default refs/tollgate/ledger (never a branch or tag).</summary>
    public string? Ref { get; set; }

    /// <summary>OWNER/NAME; default GITHUB_REPOSITORY.</summary>
    public string? Repository { get; set; }

    /// <summary>API base; default GITHUB_API_URL, else https://api.github.com (GHES: https://HOST/api/v3).</summary>
    public string? ApiUrl { get; set; }

    /// <summary>Name of the environment variable holding the token (never the token itself).</summary>
    public string TokenVariable { get; set; } = "GITHUB_TOKEN";

    /// <summary>URL of a deployed environment, with {environment} replaced; sent as environment_url.</summary>
    public string? EnvironmentUrl { get; set; }
}
