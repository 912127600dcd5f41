using System.CommandLine;
using System.Text.Json.Serialization;
using Tollgate.Core.Config;

namespace Tollgate.Cli.Commands;

/// <summary>
/// <c>tollgate environments [--json]</c>: the environments of tollgate.yml in promotion order, so front ends
/// (the Cake recipe's <c>Promote&lt;Env&gt;</c> targets, CI generators) follow the file instead of guessing.
/// </summary>
internal static class EnvironmentsCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var json = CommonOptions.Json();
        var command = new Command("environments", "List the environments of tollgate.yml in promotion order.") { config, json };
        command.SetHandler(parse =>
        {
            var loaded = ConfigLoader.Load(parse.GetValue(config));
            var environments = loaded.Environments.Select(e => new EnvironmentInfo(
                e.Name, e.Gates.Count, e.Strategy.Kind, e.Promotion, e.Approvals is not null)).ToList();
            if (parse.GetValue(json))
            {
                CliContext.WriteJson(new EnvironmentsDocument(true, Path.GetFullPath(loaded.SourcePath), loaded.Model.Name, environments));
            }
            else
            {
                foreach (var e in environments)
                {
                    Console.WriteLine($"{e.Name}\t{e.Gates} gate(s)\t{e.Strategy}\t{e.Promotion}{(e.Approvals ? "\tapprovals" : "")}");
                }
            }

            return 0;
        });
        return command;
    }

    /// <summary>The <c>--json</c> document (stable: read by Cake.Tollgate's TollgateEnvironments alias).</summary>
    internal sealed record EnvironmentsDocument(
        [property: JsonPropertyName("ok")] bool Ok,
        string Config,
        string Model,
        IReadOnlyList<EnvironmentInfo> Environments);

    internal sealed record EnvironmentInfo(string Name, int Gates, string Strategy, string Promotion, bool Approvals);
}
