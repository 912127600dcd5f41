using Gh = Octokit;

namespace Tollgate.Core.Environments.GitHub;

/// <summary>Maps between Tollgate's and Octokit's deployment states.</summary>
internal static class GitHubStates
{
    public static Gh.DeploymentState ToGitHub(DeploymentState state) => state switch
    {
        DeploymentState.Queued => Gh.DeploymentState.Queued,
        DeploymentState.InProgress => Gh.DeploymentState.InProgress,
        DeploymentState.Success => Gh.DeploymentState.Success,
        DeploymentState.Failure => Gh.DeploymentState.Failure,
        DeploymentState.Error => Gh.DeploymentState.Error,
        DeploymentState.Inactive => Gh.DeploymentState.Inactive,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>GitHub's "pending" is Tollgate's "queued"; anything unknown counts as an error.</summary>
    public static DeploymentState FromGitHub(string? state) => state switch
    {
        "queued" or "pending" => DeploymentState.Queued,
        "in_progress" => DeploymentState.InProgress,
        "success" => DeploymentState.Success,
        "failure" => DeploymentState.Failure,
        "inactive" => DeploymentState.Inactive,
        _ => DeploymentState.Error,
    };

    /// <summary>Final states end a deployment's run; queued/in-progress ones are still open (a crash may have left them).</summary>
    public static bool IsFinal(DeploymentState state) => state is not (DeploymentState.Queued or DeploymentState.InProgress);
}
