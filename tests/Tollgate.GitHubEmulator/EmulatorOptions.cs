namespace Tollgate.GitHubEmulator;

/// <summary>How an emulator instance is addressed and which repository it serves.</summary>
public sealed record EmulatorOptions
{
    /// <summary>The only token the emulator accepts (Authorization: token … or Bearer …).</summary>
    public string Token { get; init; } = "ghp_emulator" + Guid.NewGuid().ToString("N");

    public string Owner { get; init; } = "octo-org";

    public string Repository { get; init; } = "models";

    /// <summary>Numeric id, served under /repositories/{id}/… as Octokit's id overloads call it.</summary>
    public long RepositoryId { get; init; } = 2_147_483_900;

    /// <summary>Path prefix: "" for github.com style, "/api/v3" for GitHub Enterprise Server style.</summary>
    public string Prefix { get; init; } = "";

    /// <summary>When true, writes answer 403 "Resource not accessible by integration" (a token without deployments: write).</summary>
    public bool ReadOnlyToken { get; init; }
}
