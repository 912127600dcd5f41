using System.Text.Json;

namespace Tollgate.Core.Environments.GitHub;

/// <content>Environment protection rules (required reviewers, wait timer, branch policy), read in one request.</content>
internal sealed partial class GitHubEnvironmentBackend
{
    /// <summary>Protection rules of every environment GitHub knows in the repository (one <c>GET /environments</c>).</summary>
    /// <remarks>
    /// Plain HTTP with the same token: Octokit's models carry no protection rules. The rules are information, so a token
    /// that may not read them (403/404) yields none rather than failing the command.
    /// </remarks>
    public async Task<IReadOnlyList<EnvironmentProtection>> ReadProtectionAsync(CancellationToken cancellationToken)
    {
        var uri = new Uri(settings.ApiUrl, $"repos/{Escape(settings.Owner)}/{Escape(settings.Repository)}/environments?per_page=100");
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", settings.Token);
        request.Headers.UserAgent.ParseAdd("tollgate");
        request.Headers.Accept.ParseAdd("application/vnd.github+json");
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            return [];
        }

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        return document.RootElement.TryGetProperty("environments", out var environments) && environments.ValueKind == JsonValueKind.Array
            ? [.. environments.EnumerateArray().Select(Parse)]
            : [];
    }

    private static EnvironmentProtection Parse(JsonElement environment)
    {
        var reviewers = new List<string>();
        int? wait = null;
        string? branches = null;
        foreach (var rule in environment.TryGetProperty("protection_rules", out var rules) && rules.ValueKind == JsonValueKind.Array ? rules.EnumerateArray() : default)
        {
            switch (rule.TryGetProperty("type", out var type) ? type.GetString() : null)
            {
                case "required_reviewers" when rule.TryGetProperty("reviewers", out var list) && list.ValueKind == JsonValueKind.Array:
                    reviewers.AddRange(list.EnumerateArray().Select(Reviewer));
                    break;
                case "wait_timer" when rule.TryGetProperty("wait_timer", out var minutes) && minutes.ValueKind == JsonValueKind.Number:
                    wait = minutes.GetInt32();
                    break;
                case "branch_policy":
                    branches = "custom";
                    break;
            }
        }

        if (environment.TryGetProperty("deployment_branch_policy", out var policy) && policy.ValueKind == JsonValueKind.Object)
        {
            branches = policy.TryGetProperty("protected_branches", out var p) && p.ValueKind == JsonValueKind.True ? "protected" : "custom";
        }

        return new EnvironmentProtection(environment.GetProperty("name").GetString() ?? "", reviewers, wait, branches);
    }

    private static string Reviewer(JsonElement entry) =>
        entry.TryGetProperty("reviewer", out var who) && who.ValueKind == JsonValueKind.Object
            ? (who.TryGetProperty("login", out var login) ? login.GetString() : who.TryGetProperty("slug", out var slug) ? slug.GetString() : null) ?? "?"
            : "?";
}
