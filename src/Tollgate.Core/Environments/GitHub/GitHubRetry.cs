using System.Globalization;
using System.Net;
using Octokit;

namespace Tollgate.Core.Environments.GitHub;

/// <summary>
/// Bounded retries for one GitHub call: 5xx and dropped connections back off exponentially; rate limits wait for
/// Retry-After or x-ratelimit-reset (at least a minute for a secondary limit without either, as GitHub asks).
/// A wait longer than <see cref="GitHubSettings.MaxRetryDelay"/> fails at once with an actionable error.
/// </summary>
internal sealed class GitHubRetry(GitHubSettings settings, GitHubErrors errors, Func<TimeSpan, CancellationToken, Task> delay, TimeProvider time)
{
    /// <summary>Runs <paramref name="call"/>; before a retry, <paramref name="recover"/> may return the result instead (e.g. a deployment the failed POST did create).</summary>
    public async Task<T> RunAsync<T>(string operation, Func<Task<T>> call, CancellationToken cancellationToken, Func<Task<T?>>? recover = null)
        where T : class
    {
        var where = $"{operation} in {settings.Slug} at {settings.ApiUrl}";
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Exception failure;
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (Exception ex) when (IsTransient(ex, cancellationToken))
            {
                failure = ex;
            }
            catch (ApiException ex)
            {
                throw errors.Translate(ex, operation);
            }

            var wait = Wait(failure, attempt);
            if (wait > settings.MaxRetryDelay)
            {
                throw errors.RateLimited(where, wait);
            }

            if (attempt >= settings.MaxAttempts)
            {
                throw errors.Translate(failure, operation);
            }

            await delay(wait, cancellationToken).ConfigureAwait(false);
            if (recover is not null && await recover().ConfigureAwait(false) is { } recovered)
            {
                return recovered;
            }
        }
    }

    private static bool IsTransient(Exception ex, CancellationToken token) => ex switch
    {
        RateLimitExceededException or SecondaryRateLimitExceededException or AbuseException => true,
        ApiException { StatusCode: (HttpStatusCode)429 } => true,
        ApiException api => (int)api.StatusCode >= 500,
        HttpRequestException or IOException => true,
        TaskCanceledException => !token.IsCancellationRequested, // HttpClient timeout
        _ => false,
    };

    private TimeSpan Wait(Exception ex, int attempt)
    {
        var backoff = TimeSpan.FromTicks(settings.BaseRetryDelay.Ticks * (1L << Math.Min(attempt - 1, 10)));
        if (ex is not ApiException api)
        {
            return backoff;
        }

        var headers = api.HttpResponse?.Headers ?? new Dictionary<string, string>();
        if (Header(headers, "Retry-After") is { } retryAfter && int.TryParse(retryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        var rateLimited = ex is RateLimitExceededException or SecondaryRateLimitExceededException or AbuseException || (int)api.StatusCode == 429;
        if (rateLimited && Header(headers, "x-ratelimit-remaining") == "0"
            && long.TryParse(Header(headers, "x-ratelimit-reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var reset))
        {
            // Measure against the server's clock when it sent one, as Octokit does, so local skew does not matter.
            var now = DateTimeOffset.TryParse(Header(headers, "Date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var serverNow)
                ? serverNow
                : time.GetUtcNow();
            var untilReset = DateTimeOffset.FromUnixTimeSeconds(reset) - now;
            return untilReset > TimeSpan.Zero ? untilReset + TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(1);
        }

        return rateLimited ? Max(TimeSpan.FromMinutes(1), backoff) : backoff;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string? Header(IReadOnlyDictionary<string, string> headers, string name) =>
        headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
}
