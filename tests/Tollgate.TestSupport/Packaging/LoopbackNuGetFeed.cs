using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NuGet.Packaging;
using Tollgate.TestSupport;

namespace Tollgate.Core.Tests.Packaging;

/// <summary>
/// A small NuGet v3 feed on 127.0.0.1 (Kestrel): the service index, PackagePublish (multipart PUT with
/// X-NuGet-ApiKey, 401 without, 403 with a wrong key, 409 on a duplicate) and the flat container
/// (version list and .nupkg download). Packages live in memory.
/// </summary>
public sealed class LoopbackNuGetFeed : IAsyncDisposable
{
    private LoopbackWebHost host = null!;
    private readonly ConcurrentDictionary<(string Id, string Version), byte[]> packages = new();
    private readonly ConcurrentQueue<string> requests = new();

    private LoopbackNuGetFeed(string apiKey) => ApiKey = apiKey;

    public string ApiKey { get; }

    public Uri Root => host.Root;

    /// <summary>The service index URL to give NuGet clients.</summary>
    public string IndexUrl => new Uri(Root, "v3/index.json").ToString();

    /// <summary>"METHOD path X-NuGet-ApiKey-present" per request, in order (never the key itself).</summary>
    public IReadOnlyList<string> Requests => [.. requests];

    /// <summary>Keys the server received on pushes, to prove the client sent the right one.</summary>
    public ConcurrentBag<string> ReceivedKeys { get; } = [];

    public static async Task<LoopbackNuGetFeed> StartAsync(string apiKey)
    {
        var feed = new LoopbackNuGetFeed(apiKey);
        feed.host = await LoopbackWebHost.StartAsync(feed.HandleAsync, k => k.Limits.MaxRequestBodySize = null);
        return feed;
    }

    /// <summary>Replaces a stored package's bytes (to simulate tampering on the server).</summary>
    public void Replace(string id, string version, Func<byte[], byte[]> change) =>
        packages[(id.ToLowerInvariant(), version)] = change(packages[(id.ToLowerInvariant(), version)]);

    public ValueTask DisposeAsync() => host.DisposeAsync();

    private async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        var hasKey = http.Request.Headers.ContainsKey("X-NuGet-ApiKey");
        requests.Enqueue($"{http.Request.Method} {path} {(hasKey ? "key" : "no-key")}");
        switch (http.Request.Method, path.TrimEnd('/'))
        {
            case ("GET", "/v3/index.json"):
                await Json(http, new
                {
                    version = "3.0.0",
                    resources = new object[]
                    {
                        new Dictionary<string, string> { ["@id"] = new Uri(Root, "api/v2/package").ToString(), ["@type"] = "PackagePublish/2.0.0" },
                        new Dictionary<string, string> { ["@id"] = new Uri(Root, "flat/").ToString(), ["@type"] = "PackageBaseAddress/3.0.0" },
                    },
                });
                return;
            case ("PUT", "/api/v2/package"):
                await PublishAsync(http);
                return;
            case ("GET", _) when path.StartsWith("/flat/", StringComparison.Ordinal):
                await FlatAsync(http, path["/flat/".Length..].Split('/'));
                return;
            default:
                http.Response.StatusCode = 404;
                return;
        }
    }

    private async Task PublishAsync(HttpContext http)
    {
        var key = http.Request.Headers["X-NuGet-ApiKey"].ToString();
        if (key.Length == 0)
        {
            http.Response.StatusCode = 401;
            return;
        }

        ReceivedKeys.Add(key);
        if (key != ApiKey)
        {
            http.Response.StatusCode = 403;
            return;
        }

        var form = await http.Request.ReadFormAsync();
        using var body = new MemoryStream();
        await form.Files[0].CopyToAsync(body);
        var bytes = body.ToArray();
        using var reader = new PackageArchiveReader(new MemoryStream(bytes));
        var identity = reader.GetIdentity();
        var slot = (identity.Id.ToLowerInvariant(), identity.Version.ToNormalizedString().ToLowerInvariant());
        http.Response.StatusCode = packages.TryAdd(slot, bytes) ? 201 : 409;
    }

    private async Task FlatAsync(HttpContext http, string[] parts)
    {
        if (parts is [var id, "index.json"])
        {
            var versions = packages.Keys.Where(k => k.Id == id).Select(k => k.Version).Order(StringComparer.Ordinal).ToArray();
            if (versions.Length == 0)
            {
                http.Response.StatusCode = 404;
                return;
            }

            await Json(http, new { versions });
            return;
        }

        if (parts is [var pid, var version, var file] && file == $"{pid}.{version}.nupkg" && packages.TryGetValue((pid, version), out var bytes))
        {
            http.Response.ContentType = "application/octet-stream";
            await http.Response.Body.WriteAsync(bytes);
            return;
        }

        http.Response.StatusCode = 404;
    }

    private static async Task Json(HttpContext http, object value)
    {
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(JsonSerializer.Serialize(value));
    }
}
