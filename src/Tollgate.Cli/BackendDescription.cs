using Tollgate.Core.Environments;

namespace Tollgate.Cli;

/// <summary>One line naming the backend in use and where its state lives (never a secret).</summary>
internal static class BackendDescription
{
    public static string Of(IEnvironmentBackend backend) => backend switch
    {
        LocalEnvironmentBackend ledger => $"backend {backend.Kind} ({ledger.Ledger.Location})",
        Core.Environments.GitHub.GitHubEnvironmentBackend github => $"backend {backend.Kind} ({github.Location})",
        _ => $"backend {backend.Kind}",
    };
}
