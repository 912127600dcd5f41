using System.Globalization;
using System.Text.Json.Nodes;

namespace Tollgate.GitHubEmulator;

/// <summary>Shared JSON fragments in GitHub's shapes.</summary>
internal static class EmulatorJson
{
    public const string Docs = "https://docs.github.com/rest";

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static JsonObject User(string baseUrl)
    {
        var url = baseUrl + "users/tollgate-bot";
        return new JsonObject
        {
            ["login"] = "tollgate-bot",
            ["id"] = 41898282L,
            ["node_id"] = "MDM6Qm90NDE4OTgyODI=",
            ["avatar_url"] = "https://avatars.example/u/41898282",
            ["gravatar_id"] = "",
            ["url"] = url,
            ["html_url"] = url,
            ["followers_url"] = url + "/followers",
            ["following_url"] = url + "/following{/other_user}",
            ["gists_url"] = url + "/gists{/gist_id}",
            ["starred_url"] = url + "/starred{/owner}{/repo}",
            ["subscriptions_url"] = url + "/subscriptions",
            ["organizations_url"] = url + "/orgs",
            ["repos_url"] = url + "/repos",
            ["events_url"] = url + "/events{/privacy}",
            ["received_events_url"] = url + "/received_events",
            ["type"] = "Bot",
            ["site_admin"] = false,
        };
    }

    public static JsonObject Error(string message, string docs = Docs) => new() { ["message"] = message, ["documentation_url"] = docs };

    public static JsonObject Validation(string resource, IEnumerable<(string Field, string Code)> errors) => new()
    {
        ["message"] = "Validation Failed",
        ["errors"] = new JsonArray([.. errors.Select(e => (JsonNode)new JsonObject { ["resource"] = resource, ["field"] = e.Field, ["code"] = e.Code })]),
        ["documentation_url"] = Docs,
    };
}
