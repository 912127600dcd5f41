using System.CommandLine;
using Tollgate.Core.Environments;
using Tollgate.Core.Training;

namespace Tollgate.Cli.Commands;

/// <summary><c>tollgate train</c>: train the configured model into an artifact folder.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var output = new Option<string?>("--output", "-o") { Description = "Artifact folder to write (default: model.output from tollgate.yml)." };
        var force = new Option<bool>("--force") { Description = "Retrain even when the spec, data, hyperparameters and tool versions are unchanged." };
        var json = CommonOptions.Json();
        var command = new Command("train", "Train the model from its training spec; writes model.zip and tollgate.model.json.") { config, output, force, json };
        command.SetHandler(async (parse, ct) =>
        {
            var context = CliContext.Load(parse, config);
            var outputDir = context.ArtifactDir(parse.GetValue(output));
            if (!parse.GetValue(force) && TrainUpToDate.Report(context.Config, outputDir, parse.GetValue(json)))
            {
                return 0;
            }

            var versions = await new VersionResolver(context.Config, context.Backend).CreateAsync(ct);
            var manifest = new ModelTrainer(context.Config, CliContext.Progress).Train(outputDir, versions);
            TrainLineageWarning.Report(context.Config, manifest);
            if (parse.GetValue(json))
            {
                CliContext.WriteJson(new { artifact = outputDir, manifest.Name, manifest.Version, manifest.Digest, manifest.Metrics });
            }
            else
            {
                Console.WriteLine($"Model {manifest.Name} {manifest.Version} written to {outputDir}");
                Console.WriteLine($"  digest {manifest.Digest}");
            }

            return 0;
        });
        return command;
    }
}
