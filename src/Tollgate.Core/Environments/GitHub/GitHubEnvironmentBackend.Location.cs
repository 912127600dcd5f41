namespace Tollgate.Core.Environments.GitHub;

/// <content>Where the state lives, for the "backend in use" line every command prints (never the token).</content>
internal sealed partial class GitHubEnvironmentBackend
{
    /// <summary>OWNER/NAME and the API base.</summary>
    public string Location => $"{settings.Slug} at {settings.ApiUrl}";
}
