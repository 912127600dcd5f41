using System.Globalization;
using System.Text;
using Tollgate.Core.Statistics.Drift;

namespace Tollgate.Cli.Commands.Statistics;

/// <summary>Renders a drift report as a Markdown table.</summary>
internal static class DriftMarkdown
{
    public static string Write(DriftReport r)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Drift report").AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Reference `{r.Reference}` vs current `{r.Current}`: **{(r.DatasetDrift ? "DRIFT" : "no drift")}** ({r.DriftedColumns} of {r.TestedColumns} tested columns drifted, share {F(r.DriftShare)}, threshold {F(r.DriftShareThreshold)}).").AppendLine();
        sb.AppendLine("| column | kind | status | test | statistic | p-value (adj.) | effect | threshold | missing ref → cur |");
        sb.AppendLine("|---|---|---|---|---:|---:|---:|---:|---|");
        foreach (var c in r.Columns)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {c.Column} | {c.Kind} | {c.Status} | {c.Test ?? "–"} | {F(c.Statistic)} | {F(c.AdjustedPValue)} | {c.EffectMetric} {F(c.EffectSize)} | {F(c.EffectThreshold)} | {F(c.ReferenceMissingRate)} → {F(c.CurrentMissingRate)} |");
        }

        foreach (var c in r.Columns.Where(c => c.Message is not null))
        {
            sb.AppendLine().Append(CultureInfo.InvariantCulture, $"- `{c.Column}`: {c.Message}");
        }

        return sb.ToString().TrimEnd();
    }

    private static string F(double? v) => v is { } d && double.IsFinite(d) ? d.ToString("G4", CultureInfo.InvariantCulture) : "–";
}
