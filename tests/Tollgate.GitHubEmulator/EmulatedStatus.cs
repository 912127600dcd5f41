using System.Text.Json.Nodes;

namespace Tollgate.GitHubEmulator;

/// <summary>A deployment status the emulator holds.</summary>
public sealed record EmulatedStatus(long Id, string State, string Description, string LogUrl, string EnvironmentUrl, string Environment, DateTimeOffset CreatedAt)
{
    internal JsonObject ToJson(string baseUrl, EmulatedDeployment deployment) => new()
    {
        ["url"] = $"{deployment.Url(baseUrl)}/statuses/{Id}",
        ["id"] = Id,
        ["node_id"] = "DES_" + Id,
        ["state"] = State,
        ["creator"] = EmulatorJson.User(baseUrl),
        ["description"] = Description,
        ["environment"] = Environment,
        ["target_url"] = LogUrl,
        ["log_url"] = LogUrl,
        ["environment_url"] = EnvironmentUrl,
        ["created_at"] = EmulatorJson.Time(CreatedAt),
        ["updated_at"] = EmulatorJson.Time(CreatedAt),
        ["deployment_url"] = deployment.Url(baseUrl),
        ["repository_url"] = deployment.RepositoryUrl(baseUrl),
        ["performed_via_github_app"] = null,
    };
}
