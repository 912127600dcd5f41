using System.Globalization;
using System.Text.Json.Nodes;

namespace Tollgate.GitHubEmulator;

/// <summary>POST/GET /deployments, GET/DELETE /deployments/{id}.</summary>
internal static class DeploymentRoutes
{
    private const string Path = "/repos/{owner}/{repo}/deployments";

    public static Task ListAsync(EmulatorRequest request)
    {
        List<EmulatedDeployment> matches;
        lock (request.State.Gate)
        {
            matches = [.. request.State.DeploymentList
                .Where(d => Filter(request.Query("sha"), d.Sha, StringComparison.OrdinalIgnoreCase))
                .Where(d => Filter(request.Query("ref"), d.Ref, StringComparison.Ordinal))
                .Where(d => Filter(request.Query("task"), d.Task, StringComparison.Ordinal))
                .Where(d => Filter(request.Query("environment"), d.Environment, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(d => d.Id)];
        }

        return request.Json(200, new JsonArray([.. request.Page(matches).Select(d => (JsonNode)d.ToJson(request.BaseUrl))]));
    }

    public static Task GetAsync(EmulatorRequest request, string id)
    {
        lock (request.State.Gate)
        {
            return Find(request.State, id) is { } d ? request.Json(200, d.ToJson(request.BaseUrl)) : request.NotFound();
        }
    }

    public static Task DeleteAsync(EmulatorRequest request, string id)
    {
        lock (request.State.Gate)
        {
            if (Find(request.State, id) is not { } d) return request.NotFound();
            if (request.State.DeploymentList.Count > 1 && d.State != "inactive")
            {
                return request.Json(422, EmulatorJson.Error("We cannot delete an active deployment unless it is the only deployment in a given environment."));
            }

            request.State.DeploymentList.Remove(d);
            return request.Json(204, null);
        }
    }

    // Order of checks as GitHub applies them: parse → validation (422) → auto-merge (202/409) → required contexts (409) → 201.
    public static Task CreateAsync(EmulatorRequest request)
    {
        if (!request.TryBody(out var node)) return request.Json(400, EmulatorJson.Error("Problems parsing JSON"));
        var errors = request.Contract.Validate(node, request.Contract.RequestSchema(Path, "post")).ToList();
        if (node is not JsonObject body) return request.Invalid("Deployment", errors.Count > 0 ? errors : [("ref", "missing_field")]);
        var environment = Str(body, "environment") ?? "production";
        if (environment.Length is 0 or > 255 || environment.Any(char.IsControl)) errors.Add(("environment", "invalid"));
        if (errors.Count > 0) return request.Invalid("Deployment", errors);

        var state = request.State;
        lock (state.Gate)
        {
            var reference = Str(body, "ref")!;
            if (state.ResolveRef(reference) is not { } sha) return request.Json(422, EmulatorJson.Error($"No ref found for: {reference}"));
            var autoMerge = body["auto_merge"]?.GetValue<bool>() ?? true;
            if (autoMerge && state.Branches.TryGetValue(reference, out var branch) && branch.BehindDefault)
            {
                if (branch.MergeConflict) return request.Json(409, EmulatorJson.Error($"Conflict merging {state.DefaultBranch} into {reference}."));
                state.SetBranch(reference, state.AddCommit());
                return request.Json(202, new JsonObject { ["message"] = $"Auto-merged {state.DefaultBranch} into {reference} on deployment." });
            }

            var contexts = state.Contexts(sha);
            // A list restricts the check (and a listed context that never reported fails); absent means every context.
            List<(string Context, string State)> required = body["required_contexts"] is JsonArray list
                ? [.. list.Select(x => x!.GetValue<string>()).Distinct(StringComparer.OrdinalIgnoreCase)
                    .Select(r => contexts.FirstOrDefault(c => c.Context.Equals(r, StringComparison.OrdinalIgnoreCase)) is { Context: not null } found ? found : (r, "pending"))]
                : contexts;
            if (required.Any(c => c.State != "success"))
            {
                return request.Json(409, RequiredContextsFailed(reference, required));
            }

            var now = DateTimeOffset.UtcNow;
            var deployment = new EmulatedDeployment
            {
                Id = state.NextId(),
                Owner = state.Owner,
                Repository = state.Repository,
                Sha = sha,
                Ref = reference,
                Task = Str(body, "task") ?? "deploy",
                Payload = body["payload"]?.DeepClone(),
                OriginalEnvironment = environment,
                Environment = environment,
                Description = body.ContainsKey("description") ? Str(body, "description") : "",
                TransientEnvironment = body["transient_environment"]?.GetValue<bool>() ?? false,
                ProductionEnvironment = body["production_environment"]?.GetValue<bool>() ?? environment.Equals("production", StringComparison.OrdinalIgnoreCase),
                CreatedAt = now,
                UpdatedAt = now,
            };
            state.DeploymentList.Add(deployment);
            state.EnsureEnvironment(environment);
            if (request.Faults.TakeDropAfterCreate())
            {
                request.Http.Abort();
                return Task.CompletedTask;
            }

            return request.Json(201, deployment.ToJson(request.BaseUrl), deployment.Url(request.BaseUrl));
        }
    }

    internal static EmulatedDeployment? Find(EmulatorState state, string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? state.DeploymentList.FirstOrDefault(d => d.Id == value) : null;

    private static JsonObject RequiredContextsFailed(string reference, IEnumerable<(string Context, string State)> contexts) => new()
    {
        ["message"] = $"Conflict: Commit status checks failed for {reference}.",
        ["errors"] = new JsonArray(new JsonObject
        {
            ["contexts"] = new JsonArray([.. contexts.Select(c => (JsonNode)new JsonObject { ["context"] = c.Context, ["state"] = c.State })]),
            ["resource"] = "Deployment",
            ["field"] = "required_contexts",
            ["code"] = "invalid",
        }),
        ["documentation_url"] = "https://docs.github.com/rest/deployments/deployments#create-a-deployment",
        ["status"] = "409",
    };

    private static bool Filter(string? wanted, string value, StringComparison comparison) =>
        wanted is null or "none" || value.Equals(wanted, comparison);

    private static string? Str(JsonObject body, string name) => body[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
