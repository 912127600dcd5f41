using System.CommandLine;
using Tollgate.Cli.Commands.Steps;
using Tollgate.Core.Errors;

namespace Tollgate.Cli.Commands;

/// <summary>
/// <c>tollgate pipeline --through ENV</c>: train (if changed) → validate → pack → promote into every environment up to
/// ENV, in one process. Warm builds pay one start-up instead of one per step; exit codes and reports are those of
/// the separate commands (1: a gate failed, 2: bad input), and it stops at the first failure.
/// </summary>
internal static class PipelineCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var through = new Option<string?>("--through", "-t") { Description = "The last environment to promote into, e.g. staging (every earlier one first).", Required = true };
        var validate = new Option<string?>("--validate-environment") { Description = "Environment whose gates check the candidate before packing (default: --through)." };
        var rerunGates = CommonOptions.RerunGates();
        var current = CommonOptions.CurrentData();
        var json = CommonOptions.Json();
        var command = new Command("pipeline", "Train if changed, validate, pack and promote through an environment, in one process.") { config, through, validate, rerunGates, current, json };
        command.SetHandler(async (parse, ct) =>
        {
            var context = CliContext.Load(parse, config);
            var run = new PipelineRun(context, parse.GetValue(json));
            var target = parse.GetValue(through)!;
            bool passed;
            try
            {
                passed = await run.RunAsync(new PipelineRun.Options(target, parse.GetValue(validate) ?? target, parse.GetValue(current), parse.GetValue(rerunGates)), ct);
            }
            catch (TollgateException ex) when (parse.GetValue(json))
            {
                // One document also on failure: the error, plus what the chain finished before it.
                return ErrorOutput.Report(parse, ex, completed: run.Done);
            }

            var exitCode = passed ? 0 : 1;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(run.Done, exitCode);
            }

            return exitCode;
        });
        return command;
    }
}
