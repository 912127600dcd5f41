namespace Tollgate.Core.Environments.GitHub;

/// <summary>
/// Builds <see cref="GitHubSettings"/> from explicit values and the variables GitHub Actions sets
/// (GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_RUN_ID).
/// </summary>
internal static class GitHubSettingsResolver
{
    /// <summary>True when the GitHub backend should be chosen without explicit configuration.</summary>
    public static bool IsSelected(Func<string, string?>? environment = null, string tokenVariable = "GITHUB_TOKEN")
    {
        var env = environment ?? System.Environment.GetEnvironmentVariable;
        return !string.IsNullOrWhiteSpace(env(tokenVariable)) && !string.IsNullOrWhiteSpace(env("GITHUB_REPOSITORY"));
    }

    /// <summary>
    /// Resolves settings; explicit arguments win over variables. Returns null when no token or repository is known.
    /// The token is only ever read from the variable named <paramref name="tokenVariable"/>.
    /// </summary>
    public static GitHubSettings? Resolve(
        Func<string, string?>? environment = null,
        string tokenVariable = "GITHUB_TOKEN",
        string? repository = null,
        string? apiUrl = null,
        string? environmentUrl = null)
    {
        var env = environment ?? System.Environment.GetEnvironmentVariable;
        var token = env(tokenVariable);
        var slug = Blank(repository) ?? Blank(env("GITHUB_REPOSITORY"));
        if (string.IsNullOrWhiteSpace(token) || slug is null)
        {
            return null;
        }

        var parts = slug.Split('/');
        if (parts.Length != 2 || parts.Any(p => p.Length == 0 || p.Any(char.IsWhiteSpace)))
        {
            throw new TollgateException(
                ErrorCodes.GitHubSettingsInvalid,
                $"GitHub repository '{slug}' is not of the form OWNER/NAME.",
                "Set GITHUB_REPOSITORY (or the repository setting in tollgate.yml) to e.g. 'octo-org/models'.");
        }

        Util.SecretMasker.Register(token.Trim());
        return new GitHubSettings
        {
            Token = token.Trim(),
            Owner = parts[0],
            Repository = parts[1],
            ApiUrl = NormalizeApiUrl(Blank(apiUrl) ?? Blank(env("GITHUB_API_URL"))),
            EnvironmentUrl = Blank(environmentUrl),
            LogUrl = RunUrl(env),
        };
    }

    /// <summary>An absolute http(s) API base that ends with '/', so relative routes keep its last segment (…/api/v3/).</summary>
    public static Uri NormalizeApiUrl(string? apiUrl)
    {
        if (apiUrl is null)
        {
            return GitHubSettings.DefaultApiUrl;
        }

        if (!Uri.TryCreate(apiUrl.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new TollgateException(
                ErrorCodes.GitHubSettingsInvalid,
                $"GitHub API URL '{apiUrl}' is not an absolute http(s) URL.",
                "Use https://api.github.com for github.com or https://HOST/api/v3 for GitHub Enterprise Server (GITHUB_API_URL).");
        }

        var text = uri.GetLeftPart(UriPartial.Path);
        return new Uri(text.EndsWith('/') ? text : text + "/");
    }

    private static string? RunUrl(Func<string, string?> env) =>
        Blank(env("GITHUB_SERVER_URL")) is { } server && Blank(env("GITHUB_REPOSITORY")) is { } repo && Blank(env("GITHUB_RUN_ID")) is { } run
            ? $"{server.TrimEnd('/')}/{repo}/actions/runs/{run}"
            : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
