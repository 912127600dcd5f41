using System.CommandLine;
using Tollgate.Core.Identity;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Audit;

namespace Tollgate.Cli.Commands;

/// <summary>
/// <c>tollgate approve NAME@VERSION --environment E</c>: records the current user's approval. The user is always
/// <see cref="Actor.FromEnvironment"/> (GITHUB_ACTOR in Actions, else the OS user); there is deliberately no
/// <c>--as</c>, since an approval anyone can sign for anyone else would prove nothing.
/// </summary>
internal static class ApproveCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var model = new Argument<string>("model") { Description = "NAME@VERSION to approve (a version already deployed somewhere, e.g. in staging)." };
        var environment = CommonOptions.Environment(required: true);
        var comment = new Option<string?>("--comment") { Description = "Why (kept in the audit trail)." };
        var json = CommonOptions.Json();
        var command = new Command("approve", "Approve a model version for an environment that requires approvals.") { config, model, environment, comment, json };
        command.SetHandler(async (parse, ct) =>
        {
            var spec = ModelSpec.Parse(parse.GetValue(model)!).Expect("approve", ModelSelector.Version); // before tollgate.yml: a bad spec fails the same way everywhere
            var context = CliContext.Load(parse, config);
            var status = await new ApprovalService(context.Config, context.Backend)
                .ApproveAsync(spec, parse.GetValue(environment)!, Actor.FromEnvironment(), parse.GetValue(comment), ct);
            if (parse.GetValue(json))
            {
                CliContext.WriteJson(new { model = status.Model, environment = status.Environment, approvals = status.Approvals, required = status.Required, missing = status.Missing });
            }
            else
            {
                Console.WriteLine($"{status.Model.Name} {status.Model.Version} → {status.Environment}: {status.Approvals.Count} of {status.Required} approval(s) ("
                    + string.Join(", ", status.Approvals.Select(a => a.Actor.User)) + ")"
                    + (status.Missing == 0 ? "; it may be promoted." : $"; {status.Missing} more needed."));
            }

            return 0;
        });
        return command;
    }
}
