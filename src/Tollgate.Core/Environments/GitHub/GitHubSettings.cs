namespace Tollgate.Core.Environments.GitHub;

/// <summary>Where and how the GitHub backend talks to GitHub (github.com or GitHub Enterprise Server).</summary>
internal sealed record GitHubSettings
{
    /// <summary>The API base for github.com.</summary>
    public static readonly Uri DefaultApiUrl = new("https://api.github.com/");

    /// <summary>A token with <c>deployments: write</c> (GITHUB_TOKEN) or <c>repo_deployment</c> (classic PAT). Never printed.</summary>
    public required string Token { get; init; }

    /// <summary>Repository owner (user or organisation).</summary>
    public required string Owner { get; init; }

    /// <summary>Repository name.</summary>
    public required string Repository { get; init; }

    /// <summary>API base, e.g. https://api.github.com/ or https://HOST/api/v3/ (GHES); used verbatim.</summary>
    public Uri ApiUrl { get; init; } = DefaultApiUrl;

    /// <summary>URL of the deployed service, reported as the status's environment_url; <c>{environment}</c> is replaced.</summary>
    public string? EnvironmentUrl { get; init; }

    /// <summary>URL of the CI run, reported as the status's log_url; falls back to the run URL recorded in the payload.</summary>
    public string? LogUrl { get; init; }

    /// <summary>Attempts per call when GitHub answers 5xx, rate-limits or drops the connection.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>First back-off delay for 5xx and dropped connections; doubles per attempt.</summary>
    public TimeSpan BaseRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest single wait Tollgate accepts; a longer Retry-After or rate-limit reset fails fast instead.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Pause between mutating calls (GitHub asks for about a second to avoid secondary rate limits).</summary>
    public TimeSpan WriteInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>"owner/name".</summary>
    public string Slug => $"{Owner}/{Repository}";

    // Records print every property; the token must never reach a log.
    public override string ToString() =>
        $"GitHubSettings {{ Repository = {Slug}, ApiUrl = {ApiUrl}, Token = ***, EnvironmentUrl = {EnvironmentUrl}, LogUrl = {LogUrl} }}";
}
