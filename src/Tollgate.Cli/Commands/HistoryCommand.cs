using System.CommandLine;
using Spectre.Console;

namespace Tollgate.Cli.Commands;

/// <summary><c>tollgate history</c>: every deployment with its status history (the audit trail).</summary>
internal static class HistoryCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var environment = CommonOptions.Environment();
        var json = CommonOptions.Json();
        var command = new Command("history", "List deployments, newest first, with who, what, when and gate results.") { config, environment, json };
        command.SetHandler(async (parse, ct) =>
        {
            var context = CliContext.Load(parse, config);
            var deployments = await context.Backend.ListDeploymentsAsync(parse.GetValue(environment), ct);
            if (parse.GetValue(json))
            {
                CliContext.WriteJson(new { backend = context.Backend.Kind, deployments });
                return 0;
            }

            var table = new Table().AddColumns("id", "environment", "model", "version", "state", "created", "by", "gates");
            foreach (var d in deployments)
            {
                table.AddRow(d.Id, Markup.Escape(d.Environment), Markup.Escape(d.Model.Name), Markup.Escape(d.Model.Version),
                    d.State.ToString(), d.CreatedAt.ToString("u"), Markup.Escape(d.Actor.User), Markup.Escape(d.GateSummary ?? "—"));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
