using System.Text.Json.Nodes;

namespace Tollgate.GitHubEmulator;

/// <summary>Commit statuses and check runs: the inputs of a deployment's required_contexts.</summary>
internal static class CommitRoutes
{
    private const string Path = "/repos/{owner}/{repo}/statuses/{sha}";

    public static Task CreateStatusAsync(EmulatorRequest request, string sha)
    {
        if (!request.TryBody(out var node)) return request.Json(400, EmulatorJson.Error("Problems parsing JSON"));
        var errors = request.Contract.Validate(node, request.Contract.RequestSchema(Path, "post")).ToList();
        if (node is not JsonObject body) return request.Invalid("Status", errors.Count > 0 ? errors : [("state", "missing_field")]);
        if (errors.Count > 0) return request.Invalid("Status", errors);
        lock (request.State.Gate)
        {
            if (request.State.ResolveRef(sha) is not { } resolved) return request.Json(422, EmulatorJson.Error($"No commit found for SHA: {sha}"));
            var context = Str(body, "context") ?? "default";
            if (request.State.CommitStatuses.Count(s => s.Sha == resolved && s.Context.Equals(context, StringComparison.OrdinalIgnoreCase)) >= 1000)
            {
                return request.Invalid("Status", [("context", "custom")]);
            }

            var status = (request.State.NextId(), resolved, context, Str(body, "state")!, Str(body, "description") ?? "", Str(body, "target_url") ?? "", DateTimeOffset.UtcNow);
            request.State.CommitStatuses.Add(status);
            return request.Json(201, ToJson(request, status));
        }
    }

    public static Task ListStatusesAsync(EmulatorRequest request, string reference)
    {
        lock (request.State.Gate)
        {
            if (request.State.ResolveRef(reference) is not { } sha) return request.Json(422, EmulatorJson.Error($"No commit found for SHA: {reference}"));
            var statuses = request.State.CommitStatuses.Where(s => s.Sha == sha).OrderByDescending(s => s.Id).ToList();
            return request.Json(200, new JsonArray([.. request.Page(statuses).Select(s => (JsonNode)ToJson(request, s))]));
        }
    }

    // failure if any context is error/failure; pending if none or any pending; success when every latest status is success.
    public static Task CombinedAsync(EmulatorRequest request, string reference)
    {
        lock (request.State.Gate)
        {
            if (request.State.ResolveRef(reference) is not { } sha) return request.Json(422, EmulatorJson.Error($"No commit found for SHA: {reference}"));
            var latest = request.State.CommitStatuses.Where(s => s.Sha == sha)
                .GroupBy(s => s.Context, StringComparer.OrdinalIgnoreCase).Select(g => g.MaxBy(s => s.Id)).ToList();
            var state = latest.Any(s => s.State is "error" or "failure") ? "failure"
                : latest.Count == 0 || latest.Any(s => s.State == "pending") ? "pending" : "success";
            var repoUrl = $"{request.BaseUrl}repos/{request.State.Owner}/{request.State.Repository}";
            return request.Json(200, new JsonObject
            {
                ["state"] = state,
                ["sha"] = sha,
                ["total_count"] = latest.Count,
                ["statuses"] = new JsonArray([.. latest.Select(s => (JsonNode)ToJson(request, s))]),
                ["repository"] = new JsonObject { ["id"] = request.State.RepositoryId, ["name"] = request.State.Repository, ["full_name"] = $"{request.State.Owner}/{request.State.Repository}", ["url"] = repoUrl },
                ["commit_url"] = $"{repoUrl}/commits/{sha}",
                ["url"] = $"{repoUrl}/commits/{sha}/status",
            });
        }
    }

    public static Task CheckRunsAsync(EmulatorRequest request, string reference)
    {
        lock (request.State.Gate)
        {
            if (request.State.ResolveRef(reference) is not { } sha) return request.Json(422, EmulatorJson.Error($"No commit found for SHA: {reference}"));
            var runs = request.State.CheckRuns.Where(c => c.Sha == sha).OrderByDescending(c => c.Id).ToList();
            var repoUrl = $"{request.BaseUrl}repos/{request.State.Owner}/{request.State.Repository}";
            return request.Json(200, new JsonObject
            {
                ["total_count"] = runs.Count,
                ["check_runs"] = new JsonArray([.. request.Page(runs).Select(c => (JsonNode)new JsonObject
                {
                    ["id"] = c.Id, ["node_id"] = "CR_" + c.Id, ["head_sha"] = c.Sha, ["name"] = c.Name,
                    ["url"] = $"{repoUrl}/check-runs/{c.Id}", ["html_url"] = $"https://github.example/runs/{c.Id}", ["details_url"] = null,
                    ["status"] = c.Status, ["conclusion"] = c.Conclusion, ["started_at"] = EmulatorJson.Time(c.At),
                    ["completed_at"] = c.Status == "completed" ? EmulatorJson.Time(c.At) : null, ["external_id"] = null,
                    ["check_suite"] = new JsonObject { ["id"] = c.Id + 1 }, ["app"] = null, ["pull_requests"] = new JsonArray(),
                    ["output"] = new JsonObject { ["title"] = null, ["summary"] = null, ["text"] = null, ["annotations_count"] = 0, ["annotations_url"] = $"{repoUrl}/check-runs/{c.Id}/annotations" },
                })]),
            });
        }
    }

    private static JsonObject ToJson(EmulatorRequest request, (long Id, string Sha, string Context, string State, string Description, string TargetUrl, DateTimeOffset At) s) => new()
    {
        ["url"] = $"{request.BaseUrl}repos/{request.State.Owner}/{request.State.Repository}/statuses/{s.Sha}",
        ["avatar_url"] = null,
        ["id"] = s.Id,
        ["node_id"] = "SC_" + s.Id,
        ["state"] = s.State,
        ["description"] = s.Description,
        ["target_url"] = s.TargetUrl,
        ["context"] = s.Context,
        ["created_at"] = EmulatorJson.Time(s.At),
        ["updated_at"] = EmulatorJson.Time(s.At),
        ["creator"] = EmulatorJson.User(request.BaseUrl),
    };

    private static string? Str(JsonObject body, string name) => body[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
