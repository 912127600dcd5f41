using System.Globalization;
using System.Text;
using Tollgate.Core.Gates;

namespace Tollgate.Core.Reports;

/// <summary>
/// The Markdown appended to <c>$GITHUB_STEP_SUMMARY</c>. GitHub drops a step's summary above 1 MiB, so a report that
/// would not fit keeps its verdict and the worst gates first (failures, then warnings), with messages shortened,
/// and ends with how many gates were left out and where the full report is.
/// </summary>
internal static class StepSummary
{
    /// <summary>Below GitHub's 1 MiB per-step limit, leaving room for other steps' summaries in the same job step.</summary>
    public const int BudgetBytes = 1_000_000;

    private const int MessageChars = 2_000;

    public static string Render(GateReport report, string fullReportPath, int budgetBytes = BudgetBytes)
    {
        var full = MarkdownReport.Render(report);
        if (Encoding.UTF8.GetByteCount(full) <= budgetBytes)
        {
            return full;
        }

        var tail = new StringBuilder();
        var s = new StringBuilder(MarkdownReport.Render(report with { Gates = [] }).Split("| |")[0]);
        s.Append(CultureInfo.InvariantCulture, $"**{(report.Passed ? "Passed" : "Failed")}** — {Shorten(report.Summary)}.\n\n");
        s.Append("| | gate | kind | observed | threshold | message |\n|---|---|---|---:|---|---|\n");
        var worstFirst = report.Gates.OrderBy(g => g.Verdict switch { "fail" => 0, "warn" => 1, _ => 2 }).ToList();
        var shown = 0;
        foreach (var g in worstFirst)
        {
            var mark = g.Verdict switch { "pass" => "✅", "warn" => "⚠️", _ => "❌" };
            var observed = g.Observed?.ToString("0.####", CultureInfo.InvariantCulture) ?? "—";
            var warnings = g.Warnings.Count == 0 ? "" : $" ({g.Warnings.Count} warning(s))";
            var row = $"| {mark} | {Escape(Shorten(g.Name))} | {g.Kind} | {observed} | {Escape(Shorten(g.Threshold))} | {Escape(Shorten(g.Message))}{warnings} |\n";
            if (Encoding.UTF8.GetByteCount(s.ToString()) + Encoding.UTF8.GetByteCount(row) > budgetBytes - 4_096)
            {
                break;
            }

            s.Append(row);
            shown++;
        }

        s.Append(CultureInfo.InvariantCulture, $"\n_Summary shortened to fit GitHub's 1 MiB limit: {report.Gates.Count - shown} of {report.Gates.Count} gates and all details left out. Full report: `{fullReportPath}`._\n\n");
        return s.ToString();
    }

    private static string Shorten(string text) => text.Length <= MessageChars ? text : text[..MessageChars] + $"… ({text.Length - MessageChars:N0} more characters)";

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
