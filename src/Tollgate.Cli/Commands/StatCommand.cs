using System.CommandLine;
using Tollgate.Cli.Commands.Statistics;

namespace Tollgate.Cli.Commands;

/// <summary><c>tollgate stat TEST</c>: runs one statistical test on single-column CSV inputs.</summary>
internal static class StatCommand
{
    public static Command Create()
    {
        var test = new Argument<string>("test") { Description = $"Test: {string.Join(", ", StatRunner.Parameters.Keys)}." };
        var a = new Option<string?>("--a") { Description = "First sample (CSV with a header); the reference for psi/jensen-shannon." };
        var b = new Option<string?>("--b") { Description = "Second sample (CSV with a header)." };
        var samples = new Option<string[]>("--sample") { Description = "Further samples for anderson-ksamp (repeat the option)." };
        var labels = new Option<string?>("--labels") { Description = "0/1 labels for delong (CSV with a header, e.g. label), aligned by row with --a and --b." };
        var column = new Option<string?>("--column") { Description = "Column to read (default: the first)." };
        var param = new Option<string[]>("--param") { Description = "Test parameter NAME=VALUE (repeat the option)." };
        var json = CommonOptions.Json();
        var command = new Command("stat", "Run one statistical test and print its result.") { test, a, b, samples, labels, column, param, json };
        command.SetHandler(parse =>
        {
            var request = new StatRequest(
                parse.GetValue(test)!,
                parse.GetValue(a),
                parse.GetValue(b),
                parse.GetValue(samples) ?? [],
                parse.GetValue(column),
                parse.GetValue(param) ?? [],
                parse.GetValue(labels));
            var result = StatRunner.Run(request);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(StatJson.Write(result));
            }
            else
            {
                Console.Out.WriteLine(StatText.Write(result));
            }

            return 0;
        });
        return command;
    }
}
