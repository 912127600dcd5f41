using System.Globalization;
using System.Text.Json;

namespace Tollgate.Core.Environments.Rollout;

/// <summary>
/// Reads live health numbers (error rate, latency percentiles, custom metrics) from the source named in
/// policy: a JSON object file, a CSV file with <c>metric,value</c> rows, or an HTTP endpoint returning JSON.
/// </summary>
internal static class HealthReading
{
    /// <summary>Health documents are a few KB; anything larger is refused like any other unreadable source (documented in README).</summary>
    public const int MaxBytes = 1 << 20;

    public static async Task<IReadOnlyDictionary<string, double>> ReadAsync(string source, HttpClient? http, CancellationToken ct)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            using var client = http is null ? new HttpClient { Timeout = TimeSpan.FromSeconds(30) } : null;
            try
            {
                using var response = await (http ?? client!).GetAsync(uri, ct);
                if (!response.IsSuccessStatusCode)
                {
                    throw new TollgateException(ErrorCodes.HealthSourceInvalid, Util.SecretMasker.Mask($"Health endpoint {uri} answered {(int)response.StatusCode} {response.ReasonPhrase}."), "Check the serving system's metrics endpoint.");
                }

                return ParseJson(await ReadBoundedAsync(response.Content, uri.ToString(), ct), uri.ToString());
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
            {
                // Refused, reset or timed out: an unreadable source, reported like every other one (no stack trace).
                throw new TollgateException(ErrorCodes.HealthSourceInvalid, $"Health endpoint {uri} could not be read: {ex.Message}", "Check that the serving system's metrics endpoint is up and reachable.", ex);
            }
        }

        if (!File.Exists(source))
        {
            throw new TollgateException(ErrorCodes.HealthSourceInvalid, $"Health source '{source}' does not exist.", "Point strategy.health.source at a JSON/CSV file or an http(s) URL.");
        }

        string text;
        try
        {
            if (new FileInfo(source).Length > MaxBytes)
            {
                throw TooLarge(source);
            }

            text = await File.ReadAllTextAsync(source, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TollgateException(ErrorCodes.HealthSourceInvalid, $"Health source '{source}' could not be read: {ex.Message}", "Make the file readable, or point strategy.health.source elsewhere.", ex);
        }

        return source.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ParseCsv(text, source) : ParseJson(text, source);
    }

    private static Dictionary<string, double> ParseJson(string text, string source)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new TollgateException(ErrorCodes.HealthSourceInvalid, $"Health source '{source}' is a JSON {doc.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object of numbers.", "Return e.g. {\"error_rate\": 0.002, \"latency_p95\": 180}.");
            }

            return doc.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.Number)
                .ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new TollgateException(ErrorCodes.HealthSourceInvalid, $"Health source '{source}' is not a JSON object of numbers: {ex.Message}", "Return e.g. {\"error_rate\": 0.002, \"latency_p95\": 180}.");
        }
    }

    private static Dictionary<string, double> ParseCsv(string text, string source)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var lines = text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < lines.Length; i++)
        {
            var parts = lines[i].Split(',');
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new TollgateException(ErrorCodes.HealthSourceInvalid, $"{source} line {i + 1}: expected 'metric,value', found '{lines[i]}'.", "Write a header 'metric,value' and one metric per line.");
            }

            values[parts[0].Trim()] = value;
        }

        return values;
    }

    private static async Task<string> ReadBoundedAsync(HttpContent content, string where, CancellationToken ct)
    {
        if (content.Headers.ContentLength > MaxBytes)
        {
            throw TooLarge(where);
        }

        await using var stream = await content.ReadAsStreamAsync(ct);
        var buffer = new byte[MaxBytes + 1];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), ct)) > 0)
        {
            read += n;
        }

        return read > MaxBytes ? throw TooLarge(where) : System.Text.Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static TollgateException TooLarge(string where) => new(
        ErrorCodes.HealthSourceInvalid, $"Health source '{where}' is larger than {MaxBytes:N0} bytes.", "Point strategy.health.source at the serving system's health summary, not at raw logs.");
}
