using System.Globalization;
using System.Text;
using Tollgate.Core.Gates;

namespace Tollgate.Core.Reports;

/// <summary>A gate report as GitHub-flavoured Markdown: a verdict line, a table of gates, details for failures.</summary>
internal static class MarkdownReport
{
    public static string Render(GateReport report)
    {
        var s = new StringBuilder();
        var icon = report.Passed ? "✅" : "❌";
        s.Append(CultureInfo.InvariantCulture, $"## {icon} Tollgate: {report.Candidate.Name} {report.Candidate.Version} → {report.Environment}\n\n");
        s.Append(CultureInfo.InvariantCulture, $"**{(report.Passed ? "Passed" : "Failed")}** — {report.Summary}.\n\n");
        s.Append(CultureInfo.InvariantCulture, $"Candidate `{report.Candidate.Digest[..19]}…`");
        s.Append(report.Baseline is null ? "; no model runs there yet.\n\n" : $"; compared with {report.Baseline.Version} (`{report.Baseline.Digest[..19]}…`) now running.\n\n");
        s.Append("| | gate | kind | observed | threshold | time |\n|---|---|---|---:|---|---:|\n");
        foreach (var g in report.Gates)
        {
            var mark = g.Verdict switch { "pass" => "✅", "warn" => "⚠️", _ => "❌" };
            var observed = g.Observed?.ToString("0.####", CultureInfo.InvariantCulture) ?? "—";
            s.Append(CultureInfo.InvariantCulture, $"| {mark} | {Escape(g.Name)} | {g.Kind} | {observed} | {Escape(g.Threshold)} | {g.DurationMs:0} ms |\n");
        }

        var notable = report.Gates.Where(g => g.Verdict != "pass" || g.Warnings.Count > 0).ToList();
        if (notable.Count > 0)
        {
            s.Append("\n### Details\n\n");
            foreach (var g in notable)
            {
                s.Append(CultureInfo.InvariantCulture, $"- **{Escape(g.Name)}** ({g.Verdict}): {Escape(g.Message)}\n");
                foreach (var w in g.Warnings)
                {
                    s.Append(CultureInfo.InvariantCulture, $"  - ⚠️ {Escape(w)}\n");
                }
            }
        }

        return s.Append('\n').ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
