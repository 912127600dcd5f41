using System.Globalization;
using System.Net;
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
        s.Append(CultureInfo.InvariantCulture, $"<section id=\"canary\"><h2>Canary judge ({E(gate.Evidence?["design"]?.ToString() ?? "")}, α {E(gate.Evidence?["alpha"]?.ToString() ?? "")})</h2><p>{E(gate.Message)}</p>")
         .Append("<table><tr><th>step</th><th>traffic</th><th>candidate requests / errors</th><th>baseline requests / errors</th><th>SRM p</th><th>information</th><th>statistic</th><th>boundary</th><th>error-rate difference [interval]</th><th>decision</th></tr>");
        foreach (var l in looks)
        {
            var decision = l?["decision"]?.ToString() ?? "";
            var cls = decision is "continue" or "pass" ? "pass" : decision == "inconclusive" ? "warn" : "fail";
            s.Append(CultureInfo.InvariantCulture, $"<tr class=\"{cls}\"><td>{l?["step"]}</td><td>{N(l, "trafficPercent")}%</td><td>{l?["candidate"]?["requests"]} / {l?["candidate"]?["errors"]}</td><td>{l?["baseline"]?["requests"]} / {l?["baseline"]?["errors"]}</td>")
             .Append(CultureInfo.InvariantCulture, $"<td>{N(l, "srmPValue")}</td><td>{N(l, "informationFraction")}</td><td>{N(l, "statistic")}</td><td>{N(l, "boundary")}</td>")
             .Append(CultureInfo.InvariantCulture, $"<td>{N(l, "errorRateDifference")} [{N(l, "differenceLower")}, {N(l, "differenceUpper")}]</td><td title=\"{E(l?["reason"]?.ToString() ?? "")}\">{E(decision)}</td></tr>");
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

    private static string N(JsonNode? node, string key) =>
        node?[key] is JsonValue v && v.TryGetValue<double>(out var d) ? d.ToString(d != 0 && Math.Abs(d) < 1e-3 ? "0.###e+0" : "0.####", CultureInfo.InvariantCulture) : "—";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
