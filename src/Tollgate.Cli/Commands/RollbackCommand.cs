using System.CommandLine;
using Tollgate.Core.Environments.Rollout;
using Tollgate.Core.Packaging;

namespace Tollgate.Cli.Commands;

/// <summary><c>tollgate rollback</c>: put an earlier good version back into an environment.</summary>
internal static class RollbackCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var environment = CommonOptions.Environment(required: true);
        var to = new Option<string?>("--to") { Description = "Version to return to (default: the last good version before the current one)." };
        var reason = new Option<string>("--reason") { Description = "Why (kept in the audit trail).", DefaultValueFactory = _ => "manual rollback" };
        var json = CommonOptions.Json();
        var command = new Command("rollback", "Restore an earlier good version in an environment as a new deployment.") { config, environment, to, reason, json };
        command.SetHandler(async (parse, ct) =>
        {
            var context = CliContext.Load(parse, config);
            var result = await new RollbackService(context.Backend, CliContext.Progress, new EnvironmentTagger(context.Config, CliContext.Progress), context.Config, new Core.Trust.TrustPolicy(context.Config, context.Backend, CliContext.Progress))
                .RollbackAsync(parse.GetValue(environment)!, parse.GetValue(to), parse.GetValue(reason)!, ct);
            if (parse.GetValue(json))
            {
                CliContext.WriteJson(new { outcome = result.Outcome, deployment = result.Deployment });
            }
            else
            {
                var d = result.Deployment;
                Console.WriteLine(result.Outcome == RollbackResult.AlreadyCurrent
                    ? $"{d.Environment}: {d.Model.Name} {d.Model.Version} already live (deployment {d.Id}); no change."
                    : $"{d.Environment}: {d.Model.Name} {d.Model.Version} is live again (deployment {d.Id}).");
            }

            return 0;
        });
        return command;
    }
}
