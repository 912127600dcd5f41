using System.CommandLine;
using Tollgate.Core.Identity;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Retirement;

namespace Tollgate.Cli.Commands;

/// <summary><c>tollgate retire NAME@VERSION --reason …</c>: take a version out of service for good (see README, Retirement).</summary>
internal static class RetireCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var model = new Argument<string>("model") { Description = "NAME@VERSION to retire." };
        var reason = new Option<string>("--reason") { Description = "Why (kept in the audit trail and the archive).", Required = true };
        var json = CommonOptions.Json();
        var command = new Command("retire", "Retire a model version: deployments inactive, environment tags removed, package marked, manifest archived.") { config, model, reason, json };
        command.SetHandler(async (parse, ct) =>
        {
            var spec = ModelSpec.Parse(parse.GetValue(model)!).Expect("retire", ModelSelector.Version); // before tollgate.yml: the same error everywhere
            var context = CliContext.Load(parse, config);
            var result = await new RetirementService(context.Config, context.Backend, CliContext.Progress)
                .RetireAsync(spec, parse.GetValue(reason)!, Actor.FromEnvironment(), ct);
            if (parse.GetValue(json))
            {
                CliContext.WriteJson(result);
            }
            else
            {
                Console.WriteLine($"{result.Model.Name} {result.Model.Version} is retired{(result.Recorded ? "" : " (already was; clean-up re-run)")}: "
                    + $"{result.InactivatedDeployments.Count} deployment(s) inactive, {result.RemovedTags.Count} OCI tag(s) removed, archive {result.ArchiveDir}.");
            }

            return 0;
        });
        return command;
    }
}
