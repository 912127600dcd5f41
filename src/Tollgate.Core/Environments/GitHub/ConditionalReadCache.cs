using System.Collections.Concurrent;
using Octokit;
using Octokit.Caching;
using Octokit.Internal;

namespace Tollgate.Core.Environments.GitHub;

/// <summary>
/// The answers to this command's GET requests, keyed by URL and media type. Octokit's caching client sends the stored
/// ETag as <c>If-None-Match</c> when the same URL is read again and, on <c>304 Not Modified</c> (which GitHub does not
/// count against the rate limit), hands back the stored answer. Held per backend instance, i.e. per command.
/// </summary>
internal sealed class ConditionalReadCache : IResponseCache
{
    private readonly ConcurrentDictionary<string, CachedResponse.V1> answers = new(StringComparer.Ordinal);

    public Task<CachedResponse.V1> GetAsync(IRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(answers.TryGetValue(Key(request), out var answer) ? answer : null!);
    }

    public Task SetAsync(IRequest request, CachedResponse.V1 cachedResponse)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(cachedResponse);
        if ((int)cachedResponse.StatusCode is >= 200 and < 300 && !string.IsNullOrEmpty(cachedResponse.ApiInfo?.Etag))
        {
            answers[Key(request)] = cachedResponse;
        }

        return Task.CompletedTask;
    }

    private static string Key(IRequest request)
    {
        var uri = request.Endpoint.IsAbsoluteUri ? request.Endpoint : new Uri(request.BaseAddress, request.Endpoint);
        var accepts = request.Headers.TryGetValue("Accept", out var accept) ? accept : "";
        var parameters = string.Join('&', request.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        return $"{accepts} {uri.AbsoluteUri} {parameters}";
    }
}
