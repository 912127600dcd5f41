using System.Globalization;
using System.Text.Json;

namespace Tollgate.Core.Environments.GitHub;

/// <summary>
/// The deployment payload Tollgate writes and recognises. Octokit 14 types payloads as string-to-string maps,
/// so every value is a string; the artifact list is a JSON array encoded as one string.
/// </summary>
internal static class TollgatePayload
{
    public const string Task = "deploy:model";
    public const string MarkerKey = "tollgate";
    public const string MarkerValue = "1";

    /// <summary>The compare-and-swap expectation (see <see cref="DeploymentRequest.ExpectedCurrentDeploymentId"/>).</summary>
    public const string ExpectedCurrentKey = "expected_current";

    public static Dictionary<string, string> From(DeploymentRequest request)
    {
        var payload = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [MarkerKey] = MarkerValue,
            ["model"] = request.Model.Name,
            ["version"] = request.Model.Version,
            ["digest"] = request.Model.Digest,
            ["artifacts"] = JsonSerializer.Serialize(request.Artifacts),
            ["strategy"] = request.Strategy,
            ["traffic_share"] = request.TrafficShare.ToString("R", CultureInfo.InvariantCulture),
            ["actor"] = request.Actor.User,
        };
        Add(payload, "run_url", request.Actor.RunUrl);
        Add(payload, "gate_report_digest", request.GateReportDigest);
        Add(payload, "gate_summary", request.GateSummary);
        Add(payload, "description", request.Description);
        Add(payload, ExpectedCurrentKey, request.ExpectedCurrentDeploymentId);
        return payload;
    }

    public static bool IsTollgate(IReadOnlyDictionary<string, string>? payload) =>
        payload is not null && payload.TryGetValue(MarkerKey, out var marker) && marker == MarkerValue
        && payload.ContainsKey("model") && payload.ContainsKey("version") && payload.ContainsKey("digest");

    /// <summary>Maps a GitHub deployment (whose payload <see cref="IsTollgate"/>) and its statuses, oldest first.</summary>
    public static DeploymentRecord ToRecord(Octokit.Deployment deployment, IReadOnlyList<StatusEntry> statuses)
    {
        var p = deployment.Payload;
        return new DeploymentRecord
        {
            Id = deployment.Id.ToString(CultureInfo.InvariantCulture),
            Environment = deployment.Environment,
            Model = new ModelRef(p["model"], p["version"], p["digest"]),
            Commit = deployment.Sha,
            Artifacts = Get(p, "artifacts") is { } a ? JsonSerializer.Deserialize<string[]>(a) ?? [] : [],
            Strategy = Get(p, "strategy") ?? "direct",
            TrafficShare = double.TryParse(Get(p, "traffic_share"), NumberStyles.Float, CultureInfo.InvariantCulture, out var share) ? share : 1.0,
            Actor = new Actor(Get(p, "actor") ?? deployment.Creator?.Login ?? "unknown", Get(p, "run_url")),
            CreatedAt = deployment.CreatedAt,
            GateReportDigest = Get(p, "gate_report_digest"),
            GateSummary = Get(p, "gate_summary"),
            Description = Get(p, "description") ?? deployment.Description,
            Statuses = statuses,
        };
    }

    public static string? Get(IReadOnlyDictionary<string, string> payload, string key) =>
        payload.TryGetValue(key, out var v) && v.Length > 0 ? v : null;

    private static void Add(Dictionary<string, string> payload, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            payload[key] = value;
        }
    }
}
