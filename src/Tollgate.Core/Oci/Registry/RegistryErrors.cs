using System.Net;
using System.Text.Json;

namespace Tollgate.Core.Oci.Registry;

/// <summary>Turns registry responses into coded errors that say what was asked and what the registry said.</summary>
internal static class RegistryErrors
{
    public static async Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        // Registries may echo request headers or credentials in bodies and reason phrases: mask before quoting.
        var detail = Util.SecretMasker.Mask(await DetailAsync(response, cancellationToken));
        var status = (int)response.StatusCode;
        throw response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => new TollgateException(ErrorCodes.OciUnauthorized, $"{what}: 401 Unauthorized{detail}.", "Log in with 'docker login REGISTRY' (Tollgate reads ~/.docker/config.json or $DOCKER_CONFIG) and retry."),
            HttpStatusCode.Forbidden => new TollgateException(ErrorCodes.OciDenied, $"{what}: 403 Forbidden{detail}.", "The credentials lack push/pull rights on this repository; ask the registry admin."),
            HttpStatusCode.NotFound => new TollgateException(ErrorCodes.OciNotFound, $"{what}: 404 Not Found{detail}.", "Check the registry, repository and tag or digest."),
            _ => new TollgateException(ErrorCodes.OciRegistryFailed, $"{what}: {status} {Util.SecretMasker.Mask(response.ReasonPhrase)}{detail}.", status >= 500 || status == 429 ? "The registry kept failing after retries; re-run later (pushed blobs are skipped)." : "See the registry's message above."),
        };
    }

    public static TollgateException Mismatch(string what, string expected, string actual) =>
        new(ErrorCodes.DigestMismatch, $"Digest mismatch for {what}: expected {expected}, got {actual}.", "The registry returned different bytes; the content was tampered with or corrupted.");

    public static TollgateException TooLarge(string what) =>
        new(ErrorCodes.InputTooLarge, $"Manifest {what} is larger than the 4 MiB limit for manifests.", "This is not a Tollgate manifest: check the reference (limits: README.md, Guarantees).");

    public static TollgateException Protocol(string what) =>
        new(ErrorCodes.OciRegistryFailed, $"Registry protocol error: {what}.", "The registry does not follow the OCI distribution spec.");

    private static async Task<string> DetailAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            using var doc = JsonDocument.Parse(body);
            var errors = doc.RootElement.GetProperty("errors").EnumerateArray()
                .Select(e => $"{e.GetProperty("code").GetString()}: {(e.TryGetProperty("message", out var m) ? m.GetString() : "")}");
            return " (" + string.Join("; ", errors) + ")";
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or HttpRequestException)
        {
            return string.Empty; // no OCI error body (e.g. plain-text 404 page)
        }
    }
}
