using System.CommandLine;
using Tollgate.Cli.Commands.Steps;

namespace Tollgate.Cli.Commands;

/// <summary><c>tollgate train</c>: train the configured model into an artifact folder.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var output = new Option<string?>("--output", "-o") { Description = "Artifact folder to write (default: model.output from tollgate.yml)." };
        var force = new Option<bool>("--force") { Description = "Retrain even when the spec, data, hyperparameters and tool versions are unchanged." };
        var inputsFile = new Option<string?>("--inputs-file") { Description = "Also write the files training read (one path a line), for build systems that skip this command when none changed." };
        var json = CommonOptions.Json();
        var command = new Command("train", "Train the model from its training spec; writes model.zip and tollgate.model.json.") { config, output, force, inputsFile, json };
        command.SetHandler(async (parse, ct) =>
        {
            var context = CliContext.Load(parse, config);
            var result = await TrainStep.RunAsync(context, context.ArtifactDir(parse.GetValue(output)), parse.GetValue(force), ct);
            if (parse.GetValue(inputsFile) is { } list)
            {
                // Written last, once the artifact is in place: a stale list can only make the build ask again.
                Core.Util.AtomicFile.WriteAllText(Path.GetFullPath(list), string.Join('\n', Core.Training.TrainingFreshness.InputFiles(context.Config, result.Artifact)) + "\n");
            }

            if (parse.GetValue(json))
            {
                CliContext.WriteJson(result.Document());
                return 0;
            }

            foreach (var line in TrainStep.Lines(result))
            {
                Console.WriteLine(line);
            }

            return 0;
        });
        return command;
    }
}
