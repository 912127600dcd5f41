using System.Globalization;
using System.Text.Json;
using Tollgate.Core.Errors;

namespace Tollgate.Core.Environments.Rollout;

/// <summary>
/// Reads live health numbers (error rate, latency percentiles, custom metrics) from the source named in
/// policy: a JSON object file, a CSV file with <c>metric,value</c> rows, or an HTTP endpoint returning JSON.
/// </summary>
public static class HealthReading
{
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

                return ParseJson(await response.Content.ReadAsStringAsync(ct), uri.ToString());
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
}
