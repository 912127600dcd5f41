using System.CommandLine;
using Tollgate.Cli.Commands.Statistics;
using Tollgate.Core.Data;
using Tollgate.Core.Statistics.Drift;

namespace Tollgate.Cli.Commands;

/// <summary><c>tollgate drift</c>: per-column drift tests of current data against a reference; exit 1 on dataset drift.</summary>
internal static class DriftCommand
{
    public static Command Create()
    {
        var reference = new Option<string>("--reference") { Description = "Reference data (CSV, Parquet or JSON lines).", Required = true };
        var current = new Option<string>("--current") { Description = "Current data, same columns.", Required = true };
        var columns = new Option<string?>("--columns") { Description = "Comma-separated columns to compare (default: all)." };
        var schema = new Option<string[]>("--schema") { Description = "Declare a column type COLUMN=numeric|categorical|boolean|text|timestamp (repeatable)." };
        var format = new Option<string>("--format") { Description = "Output: json or md.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "md");
        var config = CommonOptions.Config();
        var json = CommonOptions.Json();
        var command = new Command("drift", "Test current data for drift against a reference.") { reference, current, columns, config, format, schema, json };
        command.SetHandler(parse =>
        {
            var (options, declared) = DriftConfigLoader.Load(parse.GetValue(config));
            DriftCliParsing.Schema(parse.GetValue(schema) ?? [], declared);
            var wanted = DriftCliParsing.Columns(parse.GetValue(columns));
            var budget = DataMemoryBudget.FromEnvironment(Environment.GetEnvironmentVariable(DataMemoryBudget.EnvironmentVariable));
            var report = DriftFiles.Run(parse.GetValue(reference)!, parse.GetValue(current)!, new DataReadOptions { Columns = wanted, Overrides = declared }, options, budget);
            var exit = report.DatasetDrift ? 1 : 0;
            if (parse.GetValue(format) == "md" && !parse.GetValue(json))
            {
                Console.Out.WriteLine(DriftMarkdown.Write(report));
            }
            else
            {
                // Streamed: a report of 50,000 columns is hundreds of MB of JSON, never built as one string.
                JsonOutput.WriteStreamed(report, exit);
            }

            return exit;
        });
        return command;
    }
}
