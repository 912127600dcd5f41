using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tollgate.Core.Oci.Registry;

/// <summary>
/// Answers <c>WWW-Authenticate</c> challenges: Basic with the credentials, or Bearer by fetching a token from the
/// challenge's realm (Docker token protocol) for its service and scope. Secrets never appear in messages.
/// </summary>
internal sealed partial class RegistryAuthenticator(HttpClient client, RegistryReference registry, RegistryCredentials? credentials)
{
    private AuthenticationHeaderValue? current;

    public void Apply(HttpRequestMessage request)
    {
        // Only requests to the registry itself carry the header (upload locations may point elsewhere).
        if (current is not null && request.RequestUri is { } uri && uri.Authority == registry.BaseUri.Authority)
        {
            request.Headers.Authorization = current;
        }
    }

    /// <summary>Prepares an Authorization header for the challenge; false when there is nothing new to try.</summary>
    public async Task<bool> AnswerAsync(AuthenticationHeaderValue challenge, CancellationToken cancellationToken)
    {
        if (challenge.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            if (credentials is null || current?.Scheme == "Basic")
            {
                return false;
            }

            current = new AuthenticationHeaderValue("Basic", credentials.BasicHeaderValue);
            return true;
        }

        if (!challenge.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var parameters = ParamPattern().Matches(challenge.Parameter ?? "").ToDictionary(m => m.Groups[1].Value.ToLowerInvariant(), m => m.Groups[2].Value);
        if (!parameters.TryGetValue("realm", out var realm) || !Uri.TryCreate(realm, UriKind.Absolute, out var realmUri))
        {
            return false;
        }

        var query = new List<string>();
        if (parameters.TryGetValue("service", out var service))
        {
            query.Add("service=" + Uri.EscapeDataString(service));
        }

        var scope = parameters.TryGetValue("scope", out var s) ? s : $"repository:{registry.Repository}:pull,push";
        query.AddRange(scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => "scope=" + Uri.EscapeDataString(x)));
        var builder = new UriBuilder(realmUri) { Query = string.Join('&', query) };
        using var request = new HttpRequestMessage(HttpMethod.Get, builder.Uri);
        if (credentials is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials.BasicHeaderValue);
        }

        using var response = await client.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new TollgateException(ErrorCodes.OciUnauthorized, $"Token server {realmUri.GetLeftPart(UriPartial.Path)} refused the credentials for {registry} (401).", "Log in with 'docker login' (config.json) or pass valid credentials.");
        }

        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            throw new TollgateException(ErrorCodes.OciDenied, $"Token server {realmUri.GetLeftPart(UriPartial.Path)} denied '{scope}' on {registry} (403).", "The account lacks this right (e.g. push); ask the registry admin.");
        }

        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var token = doc.RootElement.TryGetProperty("token", out var t) ? t.GetString()
            : doc.RootElement.TryGetProperty("access_token", out var a) ? a.GetString() : null;
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        Util.SecretMasker.Register(token);
        current = new AuthenticationHeaderValue("Bearer", token);
        return true;
    }

    [GeneratedRegex("(\\w+)=\"([^\"]*)\"")]
    private static partial Regex ParamPattern();
}
