using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Tollgate.Core.Gates;

namespace Tollgate.Core.Reports;

/// <summary>The canary judge's section of the HTML report: one row per look and the statistic's path against the boundaries.</summary>
internal static class CanaryHtml
{
    public static void Render(StringBuilder s, GateResult gate)
    {
        var looks = gate.Evidence?["looks"]?.AsArray() ?? [];
        s.Append(CultureInfo.InvariantCulture, $"<section id=\"canary\"><h2>Canary judge ({HtmlReport.E(gate.Evidence?["design"]?.ToString() ?? "")}, α {HtmlReport.E(gate.Evidence?["alpha"]?.ToString() ?? "")})</h2><p>{HtmlReport.E(gate.Message)}</p>")
         .Append("<table><tr><th>step</th><th>traffic</th><th>candidate requests / errors</th><th>baseline requests / errors</th><th>SRM p</th><th>information</th><th>statistic</th><th>boundary</th><th>error-rate difference [interval]</th><th>decision</th></tr>");
        foreach (var l in looks)
        {
            var decision = l?["decision"]?.ToString() ?? "";
            var cls = decision is "continue" or "pass" ? "pass" : decision == "inconclusive" ? "warn" : "fail";
            s.Append(CultureInfo.InvariantCulture, $"<tr class=\"{cls}\"><td>{l?["step"]}</td><td>{HtmlReport.Num(l, "trafficPercent")}%</td><td>{l?["candidate"]?["requests"]} / {l?["candidate"]?["errors"]}</td><td>{l?["baseline"]?["requests"]} / {l?["baseline"]?["errors"]}</td>")
             .Append(CultureInfo.InvariantCulture, $"<td>{HtmlReport.Num(l, "srmPValue")}</td><td>{HtmlReport.Num(l, "informationFraction")}</td><td>{HtmlReport.Num(l, "statistic")}</td><td>{HtmlReport.Num(l, "boundary")}</td>")
             .Append(CultureInfo.InvariantCulture, $"<td>{HtmlReport.Num(l, "errorRateDifference")} [{HtmlReport.Num(l, "differenceLower")}, {HtmlReport.Num(l, "differenceUpper")}]</td><td title=\"{HtmlReport.E(l?["reason"]?.ToString() ?? "")}\">{HtmlReport.E(decision)}</td></tr>");
        }

        s.Append("</table>");
        var taken = looks.Where(l => l?["informationFraction"] is JsonValue && l["boundary"] is JsonValue && l["statistic"] is JsonValue).ToList();
        if (taken.Count > 0)
        {
            s.Append("<figure id=\"canary-path\">")
             .Append(SvgCharts.SequentialPath("error-rate statistic against the boundaries", [.. taken.Select(l => D(l, "informationFraction"))], [.. taken.Select(l => D(l, "statistic"))], [.. taken.Select(l => D(l, "boundary"))]))
             .Append("</figure>");
        }

        s.Append("</section>");
    }

    private static double D(JsonNode? node, string key) => node![key]!.GetValue<double>();
}
