using System.CommandLine;
using Tollgate.Cli.Commands.Statistics;
using Tollgate.Core.Data;
using Tollgate.Core.Statistics.Parity;

namespace Tollgate.Cli.Commands;

/// <summary><c>tollgate parity</c>: is a candidate model's output at parity with the baseline's on the same rows? Exit 1 if not.</summary>
internal static class ParityCommand
{
    public static Command Create()
    {
        var baseline = new Option<string>("--baseline") { Description = "Baseline predictions (CSV, Parquet or JSON lines).", Required = true };
        var candidate = new Option<string>("--candidate") { Description = "Candidate predictions over the same rows.", Required = true };
        var label = new Option<string>("--label") { Description = "Label column (in either file).", DefaultValueFactory = _ => "label" };
        var prediction = new Option<string>("--prediction") { Description = "Prediction column.", DefaultValueFactory = _ => "prediction" };
        var task = new Option<string>("--task") { Description = "binary, multiclass, regression or auto.", DefaultValueFactory = _ => "auto" };
        task.AcceptOnlyFromAmong("auto", "binary", "multiclass", "regression");
        var margin = new Option<double?>("--margin") { Description = "Equivalence margin (accuracy difference, or ±score difference for TOST)." };
        var alpha = new Option<double>("--alpha") { Description = "Significance level.", DefaultValueFactory = _ => 0.05 };
        var format = new Option<string>("--format") { Description = "Output: json or md.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "md");
        var json = CommonOptions.Json();
        var command = new Command("parity", "Compare candidate and baseline predictions on the same rows.") { baseline, candidate, label, prediction, task, margin, alpha, format, json };
        command.SetHandler(parse =>
        {
            var options = new ParityOptions
            {
                Task = parse.GetValue(task)!,
                Label = parse.GetValue(label)!,
                Prediction = parse.GetValue(prediction)!,
                Margin = parse.GetValue(margin),
                Alpha = parse.GetValue(alpha),
            };
            var b = ParityFiles.Read(parse.GetValue(baseline)!, options);
            var c = ParityFiles.Read(parse.GetValue(candidate)!, options);
            var report = ParityEngine.Run(b, c, options);
            var exit = report.Passed ? 0 : 1;
            if (parse.GetValue(format) == "md" && !parse.GetValue(json))
            {
                Console.Out.WriteLine(ParityMarkdown.Write(report));
            }
            else
            {
                JsonOutput.Write(report, exit);
            }

            return exit;
        });
        return command;
    }
}
