using System.CommandLine;
using Tollgate.Cli.Commands.Steps;
using Tollgate.Core.Environments;

namespace Tollgate.Cli.Commands;

/// <summary><c>tollgate promote</c>: gate and promote the artifact into an environment.</summary>
internal static class PromoteCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var environment = CommonOptions.Environment(required: true);
        var artifact = CommonOptions.Artifact();
        var strategy = new Option<string?>("--strategy") { Description = "Override the environment's rollout strategy: direct, canary, blue-green or shadow." };
        strategy.AcceptOnlyFromAmong("direct", "canary", "blue-green", "shadow");
        var force = new Option<bool>("--force") { Description = "Promote a retired version anyway (recorded in the audit trail)." };
        var rerunGates = CommonOptions.RerunGates();
        var current = CommonOptions.CurrentData();
        var json = CommonOptions.Json();
        var command = new Command("promote", "Promote the model (by digest) into an environment after its gates pass.") { config, environment, artifact, strategy, force, rerunGates, json, current };
        command.SetHandler(async (parse, ct) =>
        {
            var context = CliContext.Load(parse, config);
            var options = new PromotionOptions
            {
                Strategy = parse.GetValue(strategy),
                Force = parse.GetValue(force),
                RerunGates = parse.GetValue(rerunGates),
                CurrentData = parse.GetValue(current),
            };
            var result = await PromoteStep.RunAsync(context, parse.GetValue(environment)!, parse.GetValue(artifact), options, parse.GetValue(json), ct);
            if (parse.GetValue(json))
            {
                CliContext.WriteJson(new { outcome = result.Outcome, deployment = result.Deployment, report = result.ReportPath });
            }
            else
            {
                Console.WriteLine(PromoteStep.Line(context, result));
            }

            return 0;
        });
        return command;
    }
}
