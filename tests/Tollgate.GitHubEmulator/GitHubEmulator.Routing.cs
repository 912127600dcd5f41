using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Tollgate.GitHubEmulator;

public sealed partial class GitHubEmulator
{
    private async Task RouteAsync(HttpContext http, string path, string body)
    {
        var segments = path.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}{(Options.Prefix.Trim('/') is { Length: > 0 } p ? "/" + p : "")}/";
        string[] rest;
        if (segments.Length >= 2 && segments[0] == "repositories"
            && long.TryParse(segments[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id == State.RepositoryId)
        {
            rest = segments[2..];
        }
        else if (segments.Length >= 3 && segments[0] == "repos"
            && segments[1].Equals(State.Owner, StringComparison.OrdinalIgnoreCase) && segments[2].Equals(State.Repository, StringComparison.OrdinalIgnoreCase))
        {
            rest = segments[3..];
        }
        else
        {
            await EmulatorRequest.Write(http, this, 404, EmulatorJson.Error("Not Found"));
            return;
        }

        var request = new EmulatorRequest(http, this, rest, body, baseUrl);
        if (Options.ReadOnlyToken && !HttpMethods.IsGet(request.Method))
        {
            http.Response.Headers["X-Accepted-GitHub-Permissions"] = "deployments=write";
            await request.Json(403, EmulatorJson.Error("Resource not accessible by integration"));
            return;
        }

        var handled = (rest, request.Method) switch
        {
            (["deployments"], "GET") => DeploymentRoutes.ListAsync(request),
            (["deployments"], "POST") => DeploymentRoutes.CreateAsync(request),
            (["deployments", var d], "GET") => DeploymentRoutes.GetAsync(request, d),
            (["deployments", var d], "DELETE") => DeploymentRoutes.DeleteAsync(request, d),
            (["deployments", var d, "statuses"], "GET") => StatusRoutes.ListAsync(request, d),
            (["deployments", var d, "statuses"], "POST") => StatusRoutes.CreateAsync(request, d),
            (["deployments", var d, "statuses", var s], "GET") => StatusRoutes.GetAsync(request, d, s),
            (["environments"], "GET") => EnvironmentRoutes.ListAsync(request),
            (["environments", var e], "GET") => EnvironmentRoutes.GetAsync(request, e),
            (["environments", var e], "PUT") => EnvironmentRoutes.PutAsync(request, e),
            (["environments", var e], "DELETE") => EnvironmentRoutes.DeleteAsync(request, e),
            (["statuses", var sha], "POST") => CommitRoutes.CreateStatusAsync(request, sha),
            (["commits", var r, "statuses"], "GET") => CommitRoutes.ListStatusesAsync(request, r),
            (["commits", var r, "status"], "GET") => CommitRoutes.CombinedAsync(request, r),
            (["commits", var r, "check-runs"], "GET") => CommitRoutes.CheckRunsAsync(request, r),
            _ => request.NotFound(),
        };
        await handled;
    }
}
