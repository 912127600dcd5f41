using System.CommandLine;
using System.Globalization;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Audit;

namespace Tollgate.Cli.Commands;

/// <summary><c>tollgate history</c>: every deployment with its status history (the audit trail).</summary>
internal static class HistoryCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var environment = CommonOptions.Environment();
        var json = CommonOptions.Json();
        var csv = new Option<bool>("--csv") { Description = "Write CSV (one row per deployment) to stdout." };
        var command = new Command("history", "List deployments, newest first, with who, what, when and gate results.") { config, environment, json, csv };
        command.SetHandler(async (parse, ct) =>
        {
            var context = CliContext.Load(parse, config);
            if (parse.GetValue(environment) is { } named)
            {
                context.Config.Environment(named); // an unknown name is an error, not an empty history
            }

            var deployments = await DeploymentHistory.ListAsync(context.Backend, parse.GetValue(environment), ct);
            var audit = context.Backend is IAuditTrail trail
                ? (await trail.ListAuditAsync(ct)).Where(a => parse.GetValue(environment) is not { } e || a.Environment is null || a.Environment == e).ToList()
                : [];
            if (parse.GetValue(json))
            {
                CliContext.WriteJson(new { backend = context.Backend.Kind, deployments, audit });
                return 0;
            }

            if (parse.GetValue(csv))
            {
                Console.Out.Write(HistoryCsv.Render(deployments, audit));
                return 0;
            }

            var table = new TextTable("id", "environment", "model", "version", "state", "created", "by", "gates");
            foreach (var d in deployments)
            {
                table.AddRow(d.Id, d.Environment, d.Model.Name, d.Model.Version, d.State.ToString(), d.CreatedAt.ToString("u", CultureInfo.InvariantCulture), d.Actor.User, d.GateSummary ?? "—");
            }

            table.Write(Console.Out);
            if (audit.Count > 0)
            {
                var records = new TextTable("kind", "model", "version", "environment", "at", "by", "comment");
                foreach (var a in audit)
                {
                    records.AddRow(a.Kind, a.Model.Name, a.Model.Version, a.Environment ?? "—", a.At.ToString("u", CultureInfo.InvariantCulture), a.Actor.User, a.Comment ?? "—");
                }

                Console.Out.WriteLine();
                records.Write(Console.Out);
            }

            return 0;
        });
        return command;
    }
}
