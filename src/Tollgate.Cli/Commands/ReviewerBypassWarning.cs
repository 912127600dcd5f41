using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.GitHub;

namespace Tollgate.Cli.Commands;

/// <summary>
/// GitHub's required reviewers hold Actions jobs, not API calls: a promotion from outside a workflow job into such an
/// environment is not held. Say so, and name Tollgate's own <c>approvals:</c>, which hold everywhere.
/// </summary>
internal static class ReviewerBypassWarning
{
    public static async Task WarnAsync(TollgateConfig config, IEnvironmentBackend backend, string environment, CancellationToken ct)
    {
        if (backend is not GitHubEnvironmentBackend github || Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true")
        {
            return;
        }

        var rules = (await github.ReadProtectionAsync(ct)).FirstOrDefault(p => string.Equals(p.Environment, environment, StringComparison.OrdinalIgnoreCase));
        if (rules is { RequiresReviewers: true })
        {
            var enforced = config.Environment(environment).Approvals is not null
                ? "Tollgate's own approvals: for it are enforced"
                : $"add approvals: (required, approvers) to environments[{environment}] in {config.SourcePath} to enforce approvals everywhere";
            Console.Error.WriteLine($"warning: GitHub environment '{environment}' requires reviewers ({string.Join(", ", rules.Reviewers)}), but they only hold GitHub Actions jobs; this promotion runs outside a workflow job and bypasses them. {enforced}.");
        }
    }
}
