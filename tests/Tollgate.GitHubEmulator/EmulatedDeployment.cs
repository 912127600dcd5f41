using System.Text.Json.Nodes;

namespace Tollgate.GitHubEmulator;

/// <summary>A deployment the emulator holds, with its statuses (oldest first).</summary>
public sealed class EmulatedDeployment
{
    public required long Id { get; init; }
    public required string Owner { get; init; }
    public required string Repository { get; init; }
    public required string Sha { get; init; }
    public required string Ref { get; init; }
    public required string Task { get; init; }
    public required JsonNode? Payload { get; init; }
    public required string OriginalEnvironment { get; init; }
    public required string Environment { get; set; }
    public required string? Description { get; init; }
    public required bool TransientEnvironment { get; init; }
    public required bool ProductionEnvironment { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<EmulatedStatus> Statuses { get; } = [];

    /// <summary>The state of the latest status, or null without statuses (GitHub keeps no state on the deployment).</summary>
    public string? State => Statuses.Count == 0 ? null : Statuses[^1].State;

    internal string RepositoryUrl(string baseUrl) => $"{baseUrl}repos/{Owner}/{Repository}";

    internal string Url(string baseUrl) => $"{RepositoryUrl(baseUrl)}/deployments/{Id}";

    internal JsonObject ToJson(string baseUrl) => new()
    {
        ["url"] = Url(baseUrl),
        ["id"] = Id,
        ["node_id"] = "DE_" + Id,
        ["sha"] = Sha,
        ["ref"] = Ref,
        ["task"] = Task,
        ["payload"] = Payload?.DeepClone() ?? "",
        ["original_environment"] = OriginalEnvironment,
        ["environment"] = Environment,
        ["description"] = Description,
        ["creator"] = EmulatorJson.User(baseUrl),
        ["created_at"] = EmulatorJson.Time(CreatedAt),
        ["updated_at"] = EmulatorJson.Time(UpdatedAt),
        ["statuses_url"] = Url(baseUrl) + "/statuses",
        ["repository_url"] = RepositoryUrl(baseUrl),
        ["transient_environment"] = TransientEnvironment,
        ["production_environment"] = ProductionEnvironment,
        ["performed_via_github_app"] = null,
    };
}
