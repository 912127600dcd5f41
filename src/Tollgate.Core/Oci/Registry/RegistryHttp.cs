using System.Net;
using System.Net.Http.Headers;

namespace Tollgate.Core.Oci.Registry;

/// <summary>Sends registry requests: answers auth challenges, retries 5xx/429/connection failures with backoff.</summary>
internal sealed class RegistryHttp(HttpClient client, RegistryReference registry, RegistryOptions options) : IDisposable
{
    private readonly RegistryAuthenticator auth = new(client, registry, options.Credentials ?? RegistryCredentials.FromDockerConfig(registry.Host));

    public Uri Resolve(string pathOrUrl) => new(registry.BaseUri, pathOrUrl);

    /// <summary>Sends a request built fresh per attempt (bodies are reopened); the caller checks the status.</summary>
    /// <param name="retry">False for requests that must not be repeated blindly (upload bodies): one attempt, the caller recovers.</param>
    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> create, CancellationToken cancellationToken, bool retry = true)
    {
        var maxAttempts = retry ? options.MaxAttempts : 1;
        var challenged = false;
        for (var attempt = 1; ; attempt++)
        {
            using var request = create();
            auth.Apply(request);
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (HttpRequestException) when (attempt < maxAttempts)
            {
                await Task.Delay(Backoff(attempt, null), cancellationToken);
                continue;
            }
            catch (HttpRequestException ex)
            {
                throw new TollgateException(ErrorCodes.OciRegistryFailed, $"Cannot reach {registry.BaseUri} ({request.Method} {request.RequestUri?.AbsolutePath}) after {attempt} attempts: {ex.Message}", "Check the registry is running and reachable, then re-run: blobs already pushed are skipped.", ex);
            }

            if (response.StatusCode == HttpStatusCode.Unauthorized && !challenged && response.Headers.WwwAuthenticate.Count > 0)
            {
                challenged = true;
                var challenge = response.Headers.WwwAuthenticate.First();
                response.Dispose();
                if (await auth.AnswerAsync(challenge, cancellationToken))
                {
                    attempt--;
                    continue;
                }

                return await SendWithoutAuthAsync(create, cancellationToken);
            }

            var status = (int)response.StatusCode;
            if ((status >= 500 || status == 429) && attempt < maxAttempts)
            {
                var delay = Backoff(attempt, response.Headers.RetryAfter);
                response.Dispose();
                await Task.Delay(delay, cancellationToken);
                continue;
            }

            return response;
        }
    }

    public void Dispose() => client.Dispose();

    // No usable credentials for the challenge: send once more without them so the caller sees the 401.
    private async Task<HttpResponseMessage> SendWithoutAuthAsync(Func<HttpRequestMessage> create, CancellationToken cancellationToken)
    {
        using var request = create();
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    public TimeSpan Backoff(int attempt, RetryConditionHeaderValue? retryAfter)
    {
        var cap = TimeSpan.FromSeconds(30);
        var hinted = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        if (hinted is { } h && h > TimeSpan.Zero)
        {
            return h < cap ? h : cap;
        }

        var backoff = options.RetryDelay * Math.Pow(2, attempt - 1);
        return backoff < cap ? backoff : cap;
    }
}
