using System.Net;
using Octokit;

namespace Tollgate.Core.Environments.GitHub;

/// <summary>
/// Turns Octokit failures into actionable Tollgate errors. Only GitHub's message and status are kept (never the
/// Octokit exception, its request or headers), and the token is redacted from whatever text is kept.
/// </summary>
internal sealed class GitHubErrors(GitHubSettings settings)
{
    private const string Scopes = "The token needs 'deployments: write' (workflow 'permissions:' block) or, for a classic PAT, the 'repo_deployment' scope (plus 'repo' for private repositories).";

    public TollgateException Translate(Exception exception, string operation)
    {
        var where = $"{operation} in {settings.Slug} at {settings.ApiUrl}";
        return exception switch
        {
            AuthorizationException e => new TollgateException(ErrorCodes.GitHubUnauthorized,
                Redact($"GitHub rejected the token (401 {Message(e)}) while trying to {where}."),
                "Set GITHUB_TOKEN to a valid, unexpired token for this GitHub instance (GHES tokens differ from github.com ones)."),
            RateLimitExceededException or SecondaryRateLimitExceededException or AbuseException => RateLimited(where, null),
            ForbiddenException e => new TollgateException(ErrorCodes.GitHubForbidden,
                Redact($"GitHub refused access (403 {Message(e)}) while trying to {where}.{Accepted(e)}"),
                Scopes),
            NotFoundException e => new TollgateException(ErrorCodes.GitHubNotFound,
                Redact($"GitHub answered 404 ({Message(e)}) while trying to {where}: the repository or deployment does not exist or the token cannot see it."),
                "Check GITHUB_REPOSITORY (OWNER/NAME), GITHUB_API_URL (GHES: https://HOST/api/v3) and that the token has access to the repository. " + Scopes),
            ApiValidationException e => new TollgateException(ErrorCodes.GitHubValidationFailed,
                Redact($"GitHub rejected the request (422 {Message(e)}{Details(e)}) while trying to {where}."),
                "Check the environment name (at most 255 characters, no control characters), that the commit was pushed to GitHub, and the status description (at most 140 characters)."),
            ApiException { StatusCode: HttpStatusCode.Conflict } e => new CheckFailedException(ErrorCodes.GitHubRequiredContexts,
                Redact($"GitHub refused the deployment (409 {Message(e)}{Contexts(e)}) while trying to {where}."),
                "Make the required commit statuses / check runs succeed on the commit, or change required_contexts in the environment's policy."),
            ApiException { StatusCode: (HttpStatusCode)429 } => RateLimited(where, null),
            ApiException e when (int)e.StatusCode >= 500 => Unavailable(where, $"{(int)e.StatusCode} {Message(e)}"),
            ApiException e => new TollgateException(ErrorCodes.GitHubUnexpectedResponse,
                Redact($"GitHub answered {(int)e.StatusCode} ({Message(e)}) while trying to {where}."),
                "Re-run with the same arguments; if it persists, check the GitHub status page or your GHES instance."),
            _ => Unavailable(where, exception.GetType().Name + ": " + exception.Message),
        };
    }

    public TollgateException RateLimited(string where, TimeSpan? wait) => new(ErrorCodes.GitHubRateLimited,
        $"GitHub rate limit hit while trying to {where}" + (wait is { } w ? $"; GitHub asks to wait {w.TotalSeconds:0} s, more than the {settings.MaxRetryDelay.TotalSeconds:0} s Tollgate waits." : " and retries were exhausted."),
        "Re-run later (the promotion resumes where it stopped), or space out concurrent jobs that use the same token.");

    public TollgateException Unavailable(string where, string detail) => new(ErrorCodes.GitHubUnavailable,
        Redact($"GitHub did not answer successfully after {settings.MaxAttempts} attempts while trying to {where} (last: {detail})."),
        "Re-run the same command: it finds the deployment it already created and completes it instead of creating another.");

    public string Redact(string text)
    {
        Util.SecretMasker.Register(settings.Token);
        return Util.SecretMasker.Mask(text);
    }

    private static string Message(ApiException e) => e.ApiError?.Message ?? e.StatusCode.ToString();

    private static string Details(ApiException e) => e.ApiError?.Errors is { Count: > 0 } errors
        ? ": " + string.Join("; ", errors.Select(x => $"{x.Resource}.{x.Field} {x.Code}{(x.Message is null ? "" : " " + x.Message)}"))
        : "";

    // The 409 body lists contexts as {context, state}; Octokit keeps only resource/field/code, so read the raw body.
    private static string Contexts(ApiException e)
    {
        var body = e.HttpResponse?.Body as string;
        if (body is null) return "";
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(body);
            var items = doc.RootElement.GetProperty("errors").EnumerateArray()
                .Where(x => x.TryGetProperty("contexts", out _))
                .SelectMany(x => x.GetProperty("contexts").EnumerateArray())
                .Where(c => c.GetProperty("state").GetString() != "success")
                .Select(c => $"{c.GetProperty("context").GetString()}={c.GetProperty("state").GetString()}")
                .ToList();
            return items.Count == 0 ? "" : "; not green: " + string.Join(", ", items);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return "";
        }
    }

    private static string Accepted(ApiException e)
    {
        var headers = e.HttpResponse?.Headers;
        var needed = headers?.FirstOrDefault(h => h.Key.Equals("X-Accepted-GitHub-Permissions", StringComparison.OrdinalIgnoreCase)).Value
            ?? headers?.FirstOrDefault(h => h.Key.Equals("X-Accepted-OAuth-Scopes", StringComparison.OrdinalIgnoreCase)).Value;
        return string.IsNullOrEmpty(needed) ? "" : $" GitHub says the call needs: {needed}.";
    }
}
