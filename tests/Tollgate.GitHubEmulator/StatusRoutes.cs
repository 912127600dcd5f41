using System.Globalization;
using System.Text.Json.Nodes;

namespace Tollgate.GitHubEmulator;

/// <summary>POST/GET /deployments/{id}/statuses and GET /deployments/{id}/statuses/{status_id}.</summary>
internal static class StatusRoutes
{
    private const string Path = "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses";

    public static Task ListAsync(EmulatorRequest request, string id)
    {
        lock (request.State.Gate)
        {
            if (DeploymentRoutes.Find(request.State, id) is not { } d) return request.NotFound();
            var newestFirst = d.Statuses.AsEnumerable().Reverse().ToList();
            return request.Json(200, new JsonArray([.. request.Page(newestFirst).Select(s => (JsonNode)s.ToJson(request.BaseUrl, d))]));
        }
    }

    public static Task GetAsync(EmulatorRequest request, string id, string statusId)
    {
        lock (request.State.Gate)
        {
            var d = DeploymentRoutes.Find(request.State, id);
            var s = d?.Statuses.FirstOrDefault(x => x.Id.ToString(CultureInfo.InvariantCulture) == statusId);
            return s is null ? request.NotFound() : request.Json(200, s.ToJson(request.BaseUrl, d!));
        }
    }

    public static Task CreateAsync(EmulatorRequest request, string id)
    {
        if (!request.TryBody(out var node)) return request.Json(400, EmulatorJson.Error("Problems parsing JSON"));
        var errors = request.Contract.Validate(node, request.Contract.RequestSchema(Path, "post")).ToList();
        if (node is not JsonObject body) return request.Invalid("DeploymentStatus", errors.Count > 0 ? errors : [("state", "missing_field")]);
        if ((Str(body, "description")?.Length ?? 0) > 140) errors.Add(("description", "custom"));
        lock (request.State.Gate)
        {
            if (DeploymentRoutes.Find(request.State, id) is not { } deployment) return request.NotFound();
            if (errors.Count > 0) return request.Invalid("DeploymentStatus", errors);

            var environment = Str(body, "environment") ?? deployment.Environment;
            var logUrl = Str(body, "log_url") ?? Str(body, "target_url") ?? "";
            var status = new EmulatedStatus(request.State.NextId(), Str(body, "state")!, Str(body, "description") ?? "", logUrl,
                Str(body, "environment_url") ?? "", environment, DateTimeOffset.UtcNow);
            deployment.Environment = environment;
            deployment.Statuses.Add(status);
            deployment.UpdatedAt = status.CreatedAt;
            request.State.EnsureEnvironment(environment);
            if (status.State == "success" && (body["auto_inactive"]?.GetValue<bool>() ?? true))
            {
                request.State.AutoInactivate(deployment, environment);
            }

            return request.Json(201, status.ToJson(request.BaseUrl, deployment), $"{deployment.Url(request.BaseUrl)}/statuses/{status.Id}");
        }
    }

    private static string? Str(JsonObject body, string name) => body[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
