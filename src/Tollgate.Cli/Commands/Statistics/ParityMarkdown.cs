using System.Globalization;
using System.Text;
using Tollgate.Core.Statistics.Parity;

namespace Tollgate.Cli.Commands.Statistics;

/// <summary>Renders a parity report as Markdown.</summary>
internal static class ParityMarkdown
{
    public static string Write(ParityReport r)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Parity report").AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Candidate `{r.Candidate}` vs baseline `{r.Baseline}` ({r.Task}, {r.Rows} rows): **{(r.Passed ? "PASS" : "FAIL")}** — {r.Reason}.").AppendLine();
        sb.AppendLine("| metric | value |").AppendLine("|---|---:|");
        foreach (var (k, v) in r.Metrics)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {k} | {(v is { } d ? d.ToString("G6", CultureInfo.InvariantCulture) : "–")} |");
        }

        return sb.ToString().TrimEnd();
    }
}
