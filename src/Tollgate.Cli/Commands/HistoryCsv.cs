using System.Globalization;
using System.Text;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Audit;
using Tollgate.Core.Util;

namespace Tollgate.Cli.Commands;

/// <summary>The audit trail as RFC 4180 CSV: who promoted what, when, why, with which gate results.</summary>
internal static class HistoryCsv
{
    /// <summary>One row per deployment; approved_by lists the approvals of that digest for that environment given before it was created.</summary>
    public static string Render(IEnumerable<DeploymentRecord> deployments, IReadOnlyList<AuditEntry>? audit = null)
    {
        var s = new StringBuilder("id,environment,model,version,digest,state,strategy,created_at,finished_at,actor,run_url,gate_report_digest,gate_summary,description,approved_by\n");
        foreach (var d in deployments)
        {
            string[] cells =
            [
                d.Id, d.Environment, d.Model.Name, d.Model.Version, d.Model.Digest, d.State.ToString(), d.Strategy,
                d.CreatedAt.ToString("o", CultureInfo.InvariantCulture), d.Statuses[^1].At.ToString("o", CultureInfo.InvariantCulture),
                d.Actor.User, d.Actor.RunUrl ?? "", d.GateReportDigest ?? "", d.GateSummary ?? "", d.Statuses[^1].Description ?? d.Description ?? "",
                string.Join(' ', (audit ?? []).Where(a => a.Kind == AuditEntry.Approval && a.Environment == d.Environment && a.Model.Digest == d.Model.Digest && a.At <= d.CreatedAt)
                    .Select(a => a.Actor.User).Distinct()),
            ];
            s.Append(string.Join(',', cells.Select(CsvField.Quote))).Append('\n');
        }

        return s.ToString();
    }
}
