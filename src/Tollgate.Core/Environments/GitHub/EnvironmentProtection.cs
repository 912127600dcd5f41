namespace Tollgate.Core.Environments.GitHub;

/// <summary>An environment's protection rules as GitHub's environments API reports them (they hold Actions jobs only).</summary>
internal sealed record EnvironmentProtection(string Environment, IReadOnlyList<string> Reviewers, int? WaitTimerMinutes, string? BranchPolicy)
{
    /// <summary>True when GitHub requires a reviewer's approval before a job may deploy there.</summary>
    public bool RequiresReviewers => Reviewers.Count > 0;

    /// <summary>One line for people: "reviewers: alice, ops-team; wait 10 min; branches: protected".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (RequiresReviewers)
        {
            parts.Add("reviewers: " + string.Join(", ", Reviewers));
        }

        if (WaitTimerMinutes is > 0)
        {
            parts.Add($"wait {WaitTimerMinutes} min");
        }

        if (BranchPolicy is not null)
        {
            parts.Add("branches: " + BranchPolicy);
        }

        return parts.Count == 0 ? "none" : string.Join("; ", parts);
    }
}
