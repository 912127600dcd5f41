using Tollgate.Core.Config;
using Tollgate.Core.Environments.Git;
using Tollgate.Core.Environments.GitHub;
using Tollgate.Core.Ledger;

namespace Tollgate.Core.Environments;

/// <summary>
/// Creates the environment backend: <c>local</c> (the ledger file), <c>git</c> (the ledger in a ref of the repository's
/// remote), <c>github</c> (Deployments API), or
/// <c>auto</c> (default) — GitHub when a token and repository are known (as in GitHub Actions), else local.
/// </summary>
internal static class BackendFactory
{
    public static IEnvironmentBackend Create(TollgateConfig config, Func<string, string?>? environment = null)
    {
        var backend = config.Backend;
        if (backend.Kind == "git")
        {
            return new LocalEnvironmentBackend(new GitLedger(GitLedgerSettings.From(config)));
        }

        var env = environment ?? System.Environment.GetEnvironmentVariable;
        if (backend.Kind == "auto" && env("GITHUB_ACTIONS") == "true" && string.IsNullOrWhiteSpace(env(backend.TokenVariable)))
        {
            // A runner's disk is thrown away: a silent fall-back to a local ledger would record nothing that lasts.
            throw new TollgateException(ErrorCodes.GitHubTokenMissingInActions,
                $"This is a GitHub Actions job (GITHUB_ACTIONS=true) and backend.kind is auto, but {backend.TokenVariable} is not set, so deployments cannot be recorded in GitHub.",
                $"Pass the token to the step: env: {backend.TokenVariable}: ${{{{ github.token }}}} (with permissions: deployments: write), or set backend.kind to git or local in {config.SourcePath}.");
        }

        var github = backend.Kind == "local" ? null : GitHubSettingsResolver.Resolve(environment, backend.TokenVariable, backend.Repository, backend.ApiUrl, backend.EnvironmentUrl);
        return (backend.Kind, github) switch
        {
            ("github", null) => throw new TollgateException(
                ErrorCodes.GitHubSettingsInvalid,
                $"{config.SourcePath}: backend.kind is github but no token or repository is known.",
                $"Set {backend.TokenVariable} and GITHUB_REPOSITORY (GitHub Actions sets both), or backend.repository in tollgate.yml."),
            (_, not null) => new GitHubEnvironmentBackend(github),
            _ => new LocalEnvironmentBackend(new LedgerFile(config.Resolve(backend.Ledger))),
        };
    }
}
