using System.CommandLine;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Environments.Travel;
using Tollgate.Core.Errors;
using Tollgate.Core.Gates;

namespace Tollgate.Cli.Commands;

/// <summary><c>tollgate validate</c>: run an environment's gates against a candidate without promoting it.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var environment = CommonOptions.Environment(required: true);
        var candidate = new Option<string?>("--candidate", "--artifact") { Description = "Candidate artifact folder (default: model.output)." };
        var candidateFrom = new Option<string?>("--candidate-from") { Description = "Take the candidate live in this environment (fetched from where it was published) instead of a local folder." };
        var reportDir = new Option<string?>("--report-dir") { Description = "Where to write gate-report.json (default: reports from tollgate.yml)." };
        var rerunGates = CommonOptions.RerunGates();
        var current = CommonOptions.CurrentData();
        var json = CommonOptions.Json();
        var command = new Command("validate", "Run the gates of an environment against a candidate model.") { config, environment, candidate, candidateFrom, reportDir, rerunGates, json, current };
        command.SetHandler(async (parse, ct) =>
        {
            var context = CliContext.Load(parse, config);
            var name = parse.GetValue(environment)!;
            _ = context.Config.Environment(name); // an unknown environment is reported before anything is read
            if (parse.GetValue(candidateFrom) is not null && parse.GetValue(candidate) is not null)
            {
                throw new TollgateException(ErrorCodes.Usage, "Give either --candidate DIR or --candidate-from ENVIRONMENT, not both.", "Drop one of the two options.");
            }

            var reportsDir = parse.GetValue(reportDir) is { } dir ? Path.GetFullPath(dir) : null;
            VerifiedArtifact candidateArtifact; // the one load of this command
            try
            {
                candidateArtifact = parse.GetValue(candidateFrom) is { } source
                    ? (await new CandidateLocator(context.Config, context.Backend, CliContext.Progress).FromEnvironmentAsync(source, ct)).Artifact
                    : VerifiedArtifact.Load(context.ArtifactDir(parse.GetValue(candidate)));
            }
            catch
            {
                // An earlier verdict must not survive a run that fails on its input (before any gate runs);
                // with a readable candidate, ValidationService decides whether to reuse or retract it.
                Core.Reports.ReportWriter.Retract(reportsDir ?? context.Config.Resolve(context.Config.Reports), name);
                throw;
            }

            var options = new ValidationOptions
            {
                CurrentData = parse.GetValue(current),
                ReportsDir = reportsDir,
                RerunGates = parse.GetValue(rerunGates),
            };
            if (!parse.GetValue(json))
            {
                Console.WriteLine($"Gates for {candidateArtifact.Manifest.Name} {candidateArtifact.Manifest.Version} entering {name}:");
            }

            var validation = await new ValidationService(context.Config, context.Backend, new CliLog(parse.GetValue(json), infoIsResult: true))
                .ValidateAsync(name, candidateArtifact, options, ct);
            var (report, written) = (validation.Report, validation.Reports);
            if (parse.GetValue(json))
            {
                // A failed gate is a verdict, not an error: the same document, with ok false and exit code 1.
                JsonOutput.Write(
                    new { passed = report.Passed, verdict = validation.Verdict, reused = validation.Reused, report = written.Json, reportDigest = written.JsonDigest, markdown = written.Markdown, junit = written.JUnit, html = written.Html, report.Summary, report.Gates },
                    report.Passed ? 0 : 1);
            }
            else
            {
                Console.WriteLine($"{(report.Passed ? "PASSED" : "FAILED")}: {report.Summary}.");
                Console.WriteLine($"Reports: {written.Html} (also .json, .md, .junit.xml)");
            }

            return report.Passed ? 0 : 1;
        });
        return command;
    }
}
