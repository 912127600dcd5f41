using Tollgate.Core.Environments;
using Tollgate.Core.Gates;

namespace Tollgate.Cli.Commands.Steps;

/// <summary>
/// <c>tollgate pipeline</c>'s chain in one process: train if its inputs changed → validate the candidate against an
/// environment's gates → pack → promote into each environment in order up to <c>--through</c>. Every step is the
/// same code its own command runs (<see cref="TrainStep"/>, <see cref="ValidationService"/>, <see cref="PackStep"/>,
/// <see cref="PromoteStep"/>); the chain only orders them and stops at the first failure.
/// </summary>
internal sealed class PipelineRun(CliContext context, bool json)
{
    public sealed record Options(string Through, string ValidateEnvironment, string? CurrentData, bool RerunGates);

    /// <summary>What ran so far; written as the one --json document, also when a step failed.</summary>
    public PipelineDocument Done { get; } = new();

    /// <summary>Runs the chain; false when the validation failed (exit 1). A failed promotion throws like <c>promote</c>.</summary>
    public async Task<bool> RunAsync(Options options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = context.Config;
        var through = config.Environments.IndexOf(config.Environment(options.Through));
        _ = config.Environment(options.ValidateEnvironment); // unknown names are input errors before anything runs
        Done.Through = options.Through;

        var train = await TrainStep.RunAsync(context, context.ArtifactDir(null), force: false, ct);
        Done.Train = train.Document();
        Done.Changed |= !train.UpToDate;
        Say(TrainStep.Lines(train));

        if (!await ValidateAsync(train, options, ct))
        {
            return false;
        }

        var pack = await PackStep.RunAsync(context, train.Artifact, nuget: true, nugetFeed: null, config.Resolve(config.Package.OciLayout), Console.Error.WriteLine, ct);
        Done.Pack = pack.Document();
        Done.Changed |= pack.Package is { AlreadyPresent: false };
        Say(PackStep.Lines(pack));

        var promotion = new PromotionOptions { CurrentData = options.CurrentData, RerunGates = options.RerunGates };
        foreach (var environment in config.Environments.Take(through + 1))
        {
            var result = await PromoteStep.RunAsync(context, environment.Name, null, promotion, json, ct);
            Done.Promotions.Add(new { environment = environment.Name, outcome = result.Outcome, deployment = result.Deployment, report = result.ReportPath });
            Done.Changed |= result.Outcome != PromotionResult.AlreadyCurrent;
            Say([PromoteStep.Line(context, result)]);
        }

        Say([Done.Changed
            ? $"Pipeline through {options.Through}: done."
            : $"Pipeline through {options.Through}: nothing to do ({train.Manifest.Name} {train.Manifest.Version} not retrained, no gate run, already live up to {options.Through})."]);
        return true;
    }

    // The pre-package check of the separate Validate step. Skipped when the candidate already runs in that
    // environment: nothing would be promoted there, and its own deployment is no baseline to judge it by.
    private async Task<bool> ValidateAsync(TrainStep.Result train, Options options, CancellationToken ct)
    {
        var name = options.ValidateEnvironment;
        var live = EnvironmentState.CurrentOf(await context.Backend.ListDeploymentsAsync(name, ct), name, train.Manifest.Name);
        if (live?.Model.Digest == train.Manifest.Digest && !options.RerunGates)
        {
            Done.Validate = new { environment = name, skipped = true, passed = true, verdict = "pass", reused = true, deployment = live.Id };
            Say([$"Gates for {name}: skipped, {train.Manifest.Name} {train.Manifest.Version} already runs in {name} (deployment {live.Id})."]);
            return true;
        }

        Say([$"Gates for {train.Manifest.Name} {train.Manifest.Version} entering {name}:"]);
        var validation = await new ValidationService(context.Config, context.Backend, new CliLog(json, infoIsResult: true))
            .ValidateAsync(name, train.Artifact, new ValidationOptions { CurrentData = options.CurrentData, RerunGates = options.RerunGates }, ct);
        var (report, written) = (validation.Report, validation.Reports);
        Done.Validate = new
        {
            environment = name, skipped = false, passed = report.Passed, verdict = validation.Verdict, reused = validation.Reused, report = written.Json,
            reportDigest = written.JsonDigest, markdown = written.Markdown, junit = written.JUnit, html = written.Html, report.Summary, report.Gates,
        };
        Done.Changed |= !validation.Reused;
        Say([$"{(report.Passed ? "PASSED" : "FAILED")}: {report.Summary}.", $"Reports: {written.Html} (also .json, .md, .junit.xml)"]);
        if (!report.Passed)
        {
            // The same fields a failed `validate --json` carries at the top, so callers read one shape.
            (Done.Verdict, Done.Summary, Done.Report) = (validation.Verdict, report.Summary, written.Json);
        }

        return report.Passed;
    }

    private void Say(IEnumerable<string> lines)
    {
        if (json)
        {
            return;
        }

        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }
    }
}
