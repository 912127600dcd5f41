using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Tollgate.TestSupport;

namespace Tollgate.GitHubEmulator;

/// <summary>
/// A loopback GitHub REST emulator (deployments, deployment statuses, environments, commit statuses, check runs)
/// hosted by Kestrel on 127.0.0.1 and a free port. It enforces the contract in Contract/ and the README copied
/// beside it: authentication, body validation (422), auto-merge (202/409), required contexts (409),
/// auto_inactive, Link pagination, rate-limit headers, and injected faults. Contract/README.md is a copy of the published contract text.
/// </summary>
public sealed partial class GitHubEmulator : IAsyncDisposable
{
    private LoopbackWebHost host = null!;
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly long resetAt = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
    private long remaining = 5000;

    private GitHubEmulator(EmulatorOptions options)
    {
        Options = options;
        State = new EmulatorState(options);
    }

    public EmulatorOptions Options { get; }
    public EmulatorState State { get; }
    public EmulatorFaults Faults { get; } = new();
    public OpenApiContract Contract { get; } = OpenApiContract.Load();

    /// <summary>The token clients must send.</summary>
    public string Token => Options.Token;

    /// <summary>Scheme, host and port, e.g. http://127.0.0.1:40123/.</summary>
    public Uri Root => host.Root;

    /// <summary>The API base to give a client verbatim: <see cref="Root"/> plus the prefix, ending with '/'.</summary>
    public Uri BaseAddress => new(Root, Options.Prefix.Trim('/') is { Length: > 0 } p ? p + "/" : "");

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    /// <summary>Starts an emulator on 127.0.0.1 and a free port.</summary>
    public static async Task<GitHubEmulator> StartAsync(EmulatorOptions? options = null)
    {
        var emulator = new GitHubEmulator(options ?? new EmulatorOptions());
        emulator.host = await LoopbackWebHost.StartAsync(emulator.HandleAsync);
        return emulator;
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    /// <summary>Requests counted against the primary rate limit (304 answers to conditional requests are not).</summary>
    public long RateLimitUsed => 5000 - Math.Max(0, Interlocked.Read(ref remaining));

    internal (long Remaining, long Reset) CountRequest() => (Math.Max(0, Interlocked.Decrement(ref remaining)), resetAt);

    internal (long Remaining, long Reset) PeekRequest() => (Math.Max(0, Interlocked.Read(ref remaining)), resetAt);

    private async Task HandleAsync(HttpContext http)
    {
        var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
        var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(http.Request.Method, http.Request.Path + http.Request.QueryString, headers, body, DateTimeOffset.UtcNow);
        requests.Enqueue(recorded);
        try
        {
            await ServeAsync(http, body);
        }
        finally
        {
            recorded.Status = http.Response.StatusCode;
        }
    }

    private async Task ServeAsync(HttpContext http, string body)
    {

        var path = http.Request.Path.Value ?? "/";
        var prefix = "/" + Options.Prefix.Trim('/');
        if (prefix.Length > 1)
        {
            if (!path.StartsWith(prefix + "/", StringComparison.Ordinal))
            {
                await EmulatorRequest.Write(http, this, 404, EmulatorJson.Error("Not Found"));
                return;
            }

            path = path[prefix.Length..];
        }

        if (!Authorized(http.Request.Headers.Authorization.ToString()))
        {
            await EmulatorRequest.Write(http, this, 401, EmulatorJson.Error("Bad credentials"));
            return;
        }

        if (VersionError(http.Request.Headers["X-GitHub-Api-Version"].ToString()) is { } versionError)
        {
            await EmulatorRequest.Write(http, this, versionError.Status, EmulatorJson.Error(versionError.Message));
            return;
        }

        if (Faults.Take(http.Request.Method, path) is { } fault && await ApplyAsync(http, fault))
        {
            return;
        }

        await RouteAsync(http, path, body);
    }

    private bool Authorized(string header)
    {
        var parts = header.Split(' ', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && (parts[0].Equals("token", StringComparison.OrdinalIgnoreCase) || parts[0].Equals("bearer", StringComparison.OrdinalIgnoreCase))
            && parts[1] == Options.Token;
    }

    // Absent means 2022-11-28; retired date versions get 410; anything else unknown is a 400.
    private static (int Status, string Message)? VersionError(string version) => version switch
    {
        "" or "2022-11-28" or "2026-03-10" => null,
        _ when DateOnly.TryParseExact(version, "yyyy-MM-dd", out var date) && date < new DateOnly(2022, 11, 28) => (410, $"API version {version} is no longer supported."),
        _ => (400, $"Invalid API version: {version}."),
    };

    private async Task<bool> ApplyAsync(HttpContext http, EmulatorFaults.Fault fault)
    {
        switch (fault.Kind)
        {
            case EmulatorFaults.FaultKind.Delay:
                await Task.Delay(fault.Seconds ?? 0);
                return false;
            case EmulatorFaults.FaultKind.ServerError:
                await EmulatorRequest.Write(http, this, fault.Status, EmulatorJson.Error("Server Error"));
                return true;
            case EmulatorFaults.FaultKind.Secondary:
                if (fault.Seconds is { } retryAfter) http.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await EmulatorRequest.Write(http, this, fault.Status, EmulatorJson.Error(
                    "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
                    "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits"));
                return true;
            default:
                var reset = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + (fault.Seconds ?? 60);
                await EmulatorRequest.Write(http, this, fault.Status, EmulatorJson.Error(
                    "API rate limit exceeded for user ID 1.",
                    "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"), remaining: 0, reset: reset);
                return true;
        }
    }
}
