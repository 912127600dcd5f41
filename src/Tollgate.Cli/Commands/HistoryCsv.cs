using System.Globalization;
using System.Text;
using Tollgate.Core.Environments;

namespace Tollgate.Cli.Commands;

/// <summary>The audit trail as RFC 4180 CSV: who promoted what, when, why, with which gate results.</summary>
internal static class HistoryCsv
{
    public static string Render(IEnumerable<DeploymentRecord> deployments)
    {
        var s = new StringBuilder("id,environment,model,version,digest,state,strategy,created_at,finished_at,actor,run_url,gate_report_digest,gate_summary,description\n");
        foreach (var d in deployments)
        {
            string[] cells =
            [
                d.Id, d.Environment, d.Model.Name, d.Model.Version, d.Model.Digest, d.State.ToString(), d.Strategy,
                d.CreatedAt.ToString("o", CultureInfo.InvariantCulture), d.Statuses[^1].At.ToString("o", CultureInfo.InvariantCulture),
                d.Actor.User, d.Actor.RunUrl ?? "", d.GateReportDigest ?? "", d.GateSummary ?? "", d.Statuses[^1].Description ?? d.Description ?? "",
            ];
            s.Append(string.Join(',', cells.Select(Quote))).Append('\n');
        }

        return s.ToString();
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
