using System.Globalization;
using System.Text.Json;

namespace Tollgate.Core.Environments.Rollout.Canary;

/// <summary>
/// Reads the per-deployment counts of the health source: JSON <c>{"deployments": {"candidate": {"requests", "errors",
/// "latency_ms": [...]}, "baseline": {...}}}</c> (keys may also be the model digests), or CSV rows such as
/// <c>candidate.requests,12000</c>. Top-level numbers stay what absolute thresholds read.
/// </summary>
internal static class DeploymentCountsReader
{
    public static async Task<(ArmCounts Candidate, ArmCounts Baseline)> ReadAsync(string source, HttpClient? http, string candidateDigest, string baselineDigest, CancellationToken ct)
    {
        var text = await ReadTextAsync(source, http, ct);
        string[] candidateKeys = ["candidate", candidateDigest], baselineKeys = ["baseline", baselineDigest];
        return source.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !source.Contains("://", StringComparison.Ordinal)
            ? (FromCsv(text, source, candidateKeys), FromCsv(text, source, baselineKeys))
            : FromJson(text, source, candidateKeys, baselineKeys);
    }

    private static (ArmCounts, ArmCounts) FromJson(string text, string source, string[] candidateKeys, string[] baselineKeys)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (!doc.RootElement.TryGetProperty("deployments", out var deployments) || deployments.ValueKind != JsonValueKind.Object)
            {
                throw Missing(source, "has no \"deployments\" object");
            }

            return (Arm(deployments, candidateKeys, source), Arm(deployments, baselineKeys, source));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            throw Missing(source, $"is not valid: {ex.Message}");
        }
    }

    private static ArmCounts Arm(JsonElement deployments, string[] keys, string source)
    {
        foreach (var key in keys)
        {
            if (deployments.TryGetProperty(key, out var arm))
            {
                var latency = arm.TryGetProperty("latency_ms", out var l) ? l.EnumerateArray().Select(e => e.GetDouble()).ToArray() : null;
                return new ArmCounts(Count(arm, "requests", source, key), Count(arm, "errors", source, key), latency, Histogram(arm, source, key));
            }
        }

        throw Missing(source, $"has no deployments entry \"{keys[0]}\" (or \"{keys[1]}\")");
    }

    private static LatencyHistogram? Histogram(JsonElement arm, string source, string key)
    {
        if (!arm.TryGetProperty("latency_histogram", out var h))
        {
            return null;
        }

        var bounds = h.GetProperty("bounds").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var counts = h.GetProperty("counts").EnumerateArray().Select(e => e.GetInt64()).ToArray();
        var rising = bounds.Zip(bounds.Skip(1)).All(p => p.Second > p.First);
        return counts.Length == bounds.Length + 1 && rising && counts.All(c => c >= 0)
            ? new LatencyHistogram(bounds, counts)
            : throw Missing(source, $"deployments.{key}.latency_histogram needs rising bounds and one more count than bounds (the last is above the last bound)");
    }

    private static long Count(JsonElement arm, string name, string source, string key) =>
        arm.TryGetProperty(name, out var v) && v.TryGetInt64(out var n) ? n : throw Missing(source, $"deployments.{key}.{name} is missing or not an integer");

    private static ArmCounts FromCsv(string text, string source, string[] keys)
    {
        var rows = text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.Split(',')).Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (rows.TryGetValue($"{key}.requests", out var requests) && rows.TryGetValue($"{key}.errors", out var errors)
                && long.TryParse(requests, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && long.TryParse(errors, NumberStyles.Integer, CultureInfo.InvariantCulture, out var x))
            {
                return new ArmCounts(n, x);
            }
        }

        throw Missing(source, $"has no integer rows {keys[0]}.requests and {keys[0]}.errors");
    }

    private static async Task<string> ReadTextAsync(string source, HttpClient? http, CancellationToken ct)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            using var client = http is null ? new HttpClient { Timeout = TimeSpan.FromSeconds(30) } : null;
            using var response = await (http ?? client!).GetAsync(uri, ct);
            return response.IsSuccessStatusCode
                ? await response.Content.ReadAsStringAsync(ct)
                : throw new TollgateException(ErrorCodes.HealthSourceInvalid, $"Health endpoint {uri} answered {(int)response.StatusCode}.", "Check the serving system's metrics endpoint.");
        }

        return File.Exists(source)
            ? await File.ReadAllTextAsync(source, ct)
            : throw new TollgateException(ErrorCodes.HealthSourceInvalid, $"Health source '{source}' does not exist.", "Point strategy.health.source at a JSON/CSV file or an http(s) URL.");
    }

    private static TollgateException Missing(string source, string problem) => new(
        ErrorCodes.HealthCountsInvalid,
        $"Health source '{source}' {problem}; the canary judge needs cumulative per-deployment counts.",
        "Publish {\"deployments\": {\"candidate\": {\"requests\": N, \"errors\": N}, \"baseline\": {...}}} (see docs/statistics.md, \"Canary judge\").");
}
