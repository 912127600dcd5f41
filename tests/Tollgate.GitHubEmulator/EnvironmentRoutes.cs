using System.Text.Json.Nodes;

namespace Tollgate.GitHubEmulator;

/// <summary>GET /environments and GET/PUT/DELETE /environments/{name} (names are case-insensitive).</summary>
internal static class EnvironmentRoutes
{
    private const string Path = "/repos/{owner}/{repo}/environments/{environment_name}";

    public static Task ListAsync(EmulatorRequest request)
    {
        lock (request.State.Gate)
        {
            var all = request.State.Environments.Values.OrderBy(e => e.Id).ToList();
            return request.Json(200, new JsonObject
            {
                ["total_count"] = all.Count,
                ["environments"] = new JsonArray([.. request.Page(all).Select(e => (JsonNode)ToJson(request, e))]),
            });
        }
    }

    public static Task GetAsync(EmulatorRequest request, string name)
    {
        lock (request.State.Gate)
        {
            return request.State.Environments.TryGetValue(name, out var e) ? request.Json(200, ToJson(request, e)) : request.NotFound();
        }
    }

    public static Task PutAsync(EmulatorRequest request, string name)
    {
        if (!request.TryBody(out var node)) return request.Json(400, EmulatorJson.Error("Problems parsing JSON"));
        var errors = request.Contract.Validate(node, request.Contract.RequestSchema(Path, "put"));
        if (errors.Count > 0) return request.Invalid("Environment", errors);
        if (name.Length is 0 or > 255 || name.Any(char.IsControl)) return request.Invalid("Environment", [("name", "invalid")]);
        if (node?["deployment_branch_policy"] is JsonObject policy
            && policy["protected_branches"]?.GetValue<bool>() == policy["custom_branch_policies"]?.GetValue<bool>())
        {
            return request.Json(422, EmulatorJson.Error("Only one of protected_branches and custom_branch_policies can be true."));
        }

        lock (request.State.Gate)
        {
            request.State.EnsureEnvironment(name);
            var e = request.State.Environments[name];
            request.State.Environments[name] = e with { Settings = node as JsonObject ?? new JsonObject() };
            return request.Json(200, ToJson(request, request.State.Environments[name]));
        }
    }

    public static Task DeleteAsync(EmulatorRequest request, string name)
    {
        lock (request.State.Gate)
        {
            request.State.Environments.Remove(name);
            return request.Json(204, null);
        }
    }

    private static JsonObject ToJson(EmulatorRequest request, (long Id, string Name, DateTimeOffset CreatedAt, JsonObject Settings) e)
    {
        var rules = new JsonArray();
        if (e.Settings["wait_timer"] is JsonValue wait)
        {
            rules.Add(new JsonObject { ["id"] = e.Id + 1, ["node_id"] = "GA_wait", ["type"] = "wait_timer", ["wait_timer"] = wait.DeepClone() });
        }

        if (e.Settings["reviewers"] is JsonArray { Count: > 0 } reviewers)
        {
            // As GitHub answers: each reviewer id resolved to a user (login "user-ID") or team (slug "team-ID").
            rules.Add(new JsonObject
            {
                ["id"] = e.Id + 2, ["node_id"] = "GA_reviewers", ["type"] = "required_reviewers", ["prevent_self_review"] = e.Settings["prevent_self_review"]?.DeepClone() ?? false,
                ["reviewers"] = new JsonArray([.. reviewers.Select(r => (JsonNode)new JsonObject
                {
                    ["type"] = r?["type"]?.DeepClone() ?? "User",
                    ["reviewer"] = r?["type"]?.GetValue<string>() == "Team"
                        ? new JsonObject { ["id"] = r?["id"]?.DeepClone(), ["slug"] = $"team-{r?["id"]}", ["name"] = $"team-{r?["id"]}" }
                        : new JsonObject { ["id"] = r?["id"]?.DeepClone(), ["login"] = $"user-{r?["id"]}", ["type"] = "User" },
                })]),
            });
        }

        if (e.Settings["deployment_branch_policy"] is JsonObject)
        {
            rules.Add(new JsonObject { ["id"] = e.Id + 3, ["node_id"] = "GA_branch", ["type"] = "branch_policy" });
        }

        return new JsonObject
        {
            ["id"] = e.Id,
            ["node_id"] = "EN_" + e.Id,
            ["name"] = e.Name,
            ["url"] = $"{request.BaseUrl}repos/{request.State.Owner}/{request.State.Repository}/environments/{Uri.EscapeDataString(e.Name)}",
            ["html_url"] = $"https://github.example/{request.State.Owner}/{request.State.Repository}/deployments/activity_log?environments_filter={Uri.EscapeDataString(e.Name)}",
            ["created_at"] = EmulatorJson.Time(e.CreatedAt),
            ["updated_at"] = EmulatorJson.Time(e.CreatedAt),
            ["protection_rules"] = rules,
            ["deployment_branch_policy"] = e.Settings["deployment_branch_policy"]?.DeepClone(),
        };
    }
}
