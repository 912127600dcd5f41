using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Tollgate.GitHubEmulator;

/// <summary>One request being served: the route segments after /repos/{owner}/{repo}, the body, and response helpers.</summary>
internal sealed class EmulatorRequest(HttpContext http, GitHubEmulator emulator, string[] segments, string body, string baseUrl)
{
    public HttpContext Http => http;
    public EmulatorState State => emulator.State;
    public OpenApiContract Contract => emulator.Contract;
    public EmulatorFaults Faults => emulator.Faults;
    public string[] Segments => segments;
    public string Method => http.Request.Method;
    public string BaseUrl => baseUrl;

    /// <summary>The body parsed as JSON whatever its Content-Type says (Octokit labels JSON as form-urlencoded).</summary>
    public bool TryBody(out JsonNode? node)
    {
        node = null;
        if (string.IsNullOrWhiteSpace(body)) return true;
        try
        {
            node = JsonNode.Parse(body);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    public string? Query(string name) => http.Request.Query.TryGetValue(name, out var v) && v.Count > 0 ? v[0] : null;

    public Task Json(int status, JsonNode? body, string? location = null)
    {
        if (location is not null) http.Response.Headers.Location = location;
        return Write(http, emulator, status, body);
    }

    public Task NotFound() => Json(404, EmulatorJson.Error("Not Found"));

    public Task Invalid(string resource, IEnumerable<(string Field, string Code)> errors) => Json(422, EmulatorJson.Validation(resource, errors));

    /// <summary>Applies per_page/page, sets the Link header (absolute URLs, per_page carried) and returns the page.</summary>
    public IReadOnlyList<T> Page<T>(IReadOnlyList<T> items)
    {
        var perPage = int.TryParse(Query("per_page"), NumberStyles.None, CultureInfo.InvariantCulture, out var pp) ? Math.Clamp(pp, 1, 100) : 30;
        var page = int.TryParse(Query("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var last = Math.Max(1, (items.Count + perPage - 1) / perPage);
        if (last > 1)
        {
            var links = new List<string>();
            if (page < last) links.Add(Link(page + 1, perPage, "next"));
            if (page < last) links.Add(Link(last, perPage, "last"));
            if (page > 1) links.Add(Link(1, perPage, "first"));
            if (page > 1) links.Add(Link(Math.Min(page - 1, last), perPage, "prev"));
            http.Response.Headers["Link"] = string.Join(", ", links);
        }

        return [.. items.Skip((page - 1) * perPage).Take(perPage)];
    }

    private string Link(int page, int perPage, string rel)
    {
        var query = http.Request.Query.Where(q => q.Key is not ("page" or "per_page"))
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
            .Append($"per_page={perPage}").Append($"page={page}");
        var url = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path}?{string.Join("&", query)}";
        return $"<{url}>; rel=\"{rel}\"";
    }

    /// <summary>Writes a JSON response with GitHub's headers: content type, rate-limit counters, etag.</summary>
    internal static async Task Write(HttpContext http, GitHubEmulator emulator, int status, JsonNode? body, long? remaining = null, long? reset = null)
    {
        var response = http.Response;
        var bytes = body is null ? null : Encoding.UTF8.GetBytes(body.ToJsonString());
        var etag = bytes is null ? null : $"W/\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"";
        if (status == 200 && etag is not null && HttpMethods.IsGet(http.Request.Method) && Matches(http.Request.Headers.IfNoneMatch.ToString(), etag))
        {
            // Conditional request: nothing changed, no body, and it does not count against the primary limit.
            response.StatusCode = 304;
            response.Headers.ETag = etag;
            WriteRateLimit(response, emulator.PeekRequest(), remaining, reset);
            return;
        }

        response.StatusCode = status;
        WriteRateLimit(response, emulator.CountRequest(), remaining, reset);
        response.Headers["X-GitHub-Media-Type"] = "github.v3; format=json";
        if (bytes is null)
        {
            return;
        }

        response.Headers.ETag = etag;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes);
    }

    // If-None-Match may list several entity tags (RFC 9110 13.1.2); weak comparison, as GitHub's are weak.
    private static bool Matches(string ifNoneMatch, string etag) =>
        ifNoneMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(tag => tag == "*" || tag.TrimStart('W', '/') == etag.TrimStart('W', '/'));

    // GitHub sends the rate-limit headers on every answer, 304s included (which do not lower them).
    private static void WriteRateLimit(HttpResponse response, (long Remaining, long Reset) counter, long? remaining, long? reset)
    {
        var (limitRemaining, limitReset) = counter;
        response.Headers["x-ratelimit-limit"] = "5000";
        response.Headers["x-ratelimit-remaining"] = (remaining ?? limitRemaining).ToString(CultureInfo.InvariantCulture);
        response.Headers["x-ratelimit-used"] = (5000 - (remaining ?? limitRemaining)).ToString(CultureInfo.InvariantCulture);
        response.Headers["x-ratelimit-reset"] = (reset ?? limitReset).ToString(CultureInfo.InvariantCulture);
        response.Headers["x-ratelimit-resource"] = "core";
    }
}
