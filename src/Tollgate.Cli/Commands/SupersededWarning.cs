using Tollgate.Core.Environments;
using Tollgate.Core.Errors;

namespace Tollgate.Cli.Commands;

/// <summary>
/// TOLLGATE2040 on stderr: a ledger written by an earlier version ended the model's live deployment when another model went
/// live in the same environment. Only ledger backends wrote that (the GitHub backend inactivated per model already).
/// </summary>
internal static class SupersededWarning
{
    public static async Task WriteAsync(IEnvironmentBackend backend, IEnumerable<string> environments, string model, CancellationToken ct)
    {
        if (backend is not LocalEnvironmentBackend)
        {
            return;
        }

        var deployments = await backend.ListDeploymentsAsync(null, ct);
        foreach (var environment in environments)
        {
            if (CrossModelSupersession.Find(deployments, environment, model) is var (gone, by))
            {
                Console.Error.WriteLine($"warning {ErrorCodes.SupersededByAnotherModel}: {model} {gone.Model.Version} (deployment {gone.Id}) no longer runs in '{environment}': "
                    + $"an earlier Tollgate version made it inactive when {by.Model.Name} {by.Model.Version} (deployment {by.Id}) went live there. "
                    + $"Models no longer replace each other; promote {model} to '{environment}' again to make it live.");
            }
        }
    }
}
