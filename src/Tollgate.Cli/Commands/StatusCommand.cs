using System.CommandLine;
using System.Globalization;
using Tollgate.Core.Environments;

namespace Tollgate.Cli.Commands;

/// <summary>
/// <c>tollgate status</c>: what runs where, since when, by whom. Environments are shared by every model of the backend, so each
/// environment shows the configured model's row (empty when it runs nothing there) and then one row per other model live
/// there; <c>--model NAME</c> shows only that model's rows.
/// </summary>
internal static class StatusCommand
{
    /// <summary>One row of <c>status --json</c> (documented in README; keep stable).</summary>
    internal sealed record Row(string Environment, string? Model, string? Version, string? Digest, string? DeploymentId, DateTimeOffset? Since, string? By, string? RunUrl,
        IReadOnlyList<string>? Artifacts = null, string? Strategy = null, double? TrafficShare = null, Protection? Protection = null);

    /// <summary>GitHub environment protection rules (GitHub backend only).</summary>
    internal sealed record Protection(IReadOnlyList<string> Reviewers, int? WaitTimerMinutes, string? BranchPolicy);

    public static Command Create()
    {
        var config = CommonOptions.Config();
        var environment = CommonOptions.Environment();
        var json = CommonOptions.Json();
        var model = new Option<string?>("--model") { Description = "Show only this model's rows (default: the configured model's row, then every other model live in the environment)." };
        var command = new Command("status", "Show which model version runs in each environment.") { config, environment, model, json };
        command.SetHandler(async (parse, ct) =>
        {
            var context = CliContext.Load(parse, config);
            var names = parse.GetValue(environment) is { } one ? [context.Config.Environment(one).Name] : context.Config.Environments.Select(e => e.Name).ToList();
            var only = parse.GetValue(model);
            var states = await EnvironmentState.ReadAsync(context.Backend, names, only ?? context.Config.Model.Name, others: only is null, ct);
            await SupersededWarning.WriteAsync(context.Backend, names, only ?? context.Config.Model.Name, ct);
            var protection = context.Backend is Core.Environments.GitHub.GitHubEnvironmentBackend github ? await github.ReadProtectionAsync(ct) : [];
            Protection? RulesOf(string name) => protection.FirstOrDefault(p => string.Equals(p.Environment, name, StringComparison.OrdinalIgnoreCase)) is { } p
                ? new Protection(p.Reviewers, p.WaitTimerMinutes, p.BranchPolicy) : null;
            var rows = states.Select(s => new Row(s.Environment, s.Current?.Model.Name, s.Current?.Model.Version, s.Current?.Model.Digest,
                s.Current?.Id, s.Current?.SucceededAt, s.Current?.Actor.User, s.Current?.Actor.RunUrl,
                s.Current?.Artifacts, s.Current?.Strategy, s.Current?.TrafficShare, RulesOf(s.Environment))).ToList();
            if (parse.GetValue(json))
            {
                CliContext.WriteJson(new { backend = context.Backend.Kind, environments = rows });
                return 0;
            }

            var table = new TextTable("environment", "model", "version", "digest", "since", "by", "protection");
            foreach (var r in rows)
            {
                table.AddRow(r.Environment, r.Model ?? "—", r.Version ?? "—", r.Digest is null ? "—" : r.Digest[..19] + "…",
                    r.Since?.ToString("u", CultureInfo.InvariantCulture) ?? "—", r.By ?? "—",
                    protection.FirstOrDefault(p => string.Equals(p.Environment, r.Environment, StringComparison.OrdinalIgnoreCase))?.Describe() ?? "—");
            }

            table.Write(Console.Out);
            return 0;
        });
        return command;
    }
}
