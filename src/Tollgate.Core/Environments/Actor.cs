namespace Tollgate.Core.Environments;

/// <summary>Who did it: a user name and, in CI, the run's URL.</summary>
/// <param name="User">The user name (CI actor or OS user).</param>
/// <param name="RunUrl">The CI run's URL; null outside CI.</param>
public sealed record Actor(string User, string? RunUrl = null)
{
    /// <summary>The user from CI variables (GitHub Actions, Azure Pipelines) or the OS, plus the CI run URL when known.</summary>
    public static Actor FromEnvironment()
    {
        var user = Env("GITHUB_ACTOR") ?? Env("BUILD_REQUESTEDFOR") ?? Env("USER") ?? Env("USERNAME") ?? System.Environment.UserName;
        string? runUrl = null;
        if (Env("GITHUB_SERVER_URL") is { } server && Env("GITHUB_REPOSITORY") is { } repo && Env("GITHUB_RUN_ID") is { } run)
        {
            runUrl = $"{server}/{repo}/actions/runs/{run}";
        }
        else if (Env("SYSTEM_COLLECTIONURI") is { } collection && Env("SYSTEM_TEAMPROJECT") is { } project && Env("BUILD_BUILDID") is { } build)
        {
            runUrl = $"{collection.TrimEnd('/')}/{project}/_build/results?buildId={build}";
        }

        return new Actor(user, runUrl);
    }

    private static string? Env(string name) => System.Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : null;
}
