using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Tollgate.Core.Gates;

namespace Tollgate.Core.Reports;

/// <summary>
/// One self-contained HTML file: verdict, gates, metrics candidate vs baseline, and for drift gates the
/// per-feature statistic (worst first) with reference vs current distribution overlays. No scripts, no
/// external requests.
/// </summary>
internal static class HtmlReport
{
    public static string Render(GateReport report)
    {
        var s = new StringBuilder();
        s.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
         .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
         .Append(CultureInfo.InvariantCulture, $"<title>Tollgate {E(report.Environment)}: {E(report.Candidate.Name)} {E(report.Candidate.Version)}</title>")
         .Append("<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px;color:#222}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}")
         .Append(".pass{color:#1a7f37}.fail{color:#cf222e}.warn{color:#9a6700}.verdict{font-size:1.4em}.grid{display:flex;flex-wrap:wrap;gap:12px}figure{margin:0;border:1px solid #eee;padding:4px}code{font-size:.9em}</style></head><body>");
        var cls = report.Passed ? "pass" : "fail";
        s.Append(CultureInfo.InvariantCulture, $"<h1>Tollgate: {E(report.Candidate.Name)} {E(report.Candidate.Version)} → {E(report.Environment)}</h1>")
         .Append(CultureInfo.InvariantCulture, $"<p id=\"verdict\" class=\"verdict {cls}\">{(report.Passed ? "PASSED" : "FAILED")} — {E(report.Summary)}</p>")
         .Append(CultureInfo.InvariantCulture, $"<p>Candidate <code>{E(report.Candidate.Digest)}</code>")
         .Append(report.Baseline is null ? "; no model runs there yet." : $"; baseline {E(report.Baseline.Version)} <code>{E(report.Baseline.Digest)}</code>.")
         .Append(CultureInfo.InvariantCulture, $" Evaluated {report.EvaluatedAt:u}.</p>");
        Gates(s, report);
        Metrics(s, report);
        Latency(s, report);
        foreach (var drift in report.Gates.Where(g => g.Kind == "drift" && g.Evidence is not null))
        {
            Drift(s, drift);
        }

        foreach (var canary in report.Gates.Where(g => g.Kind == "canary" && g.Evidence is not null))
        {
            CanaryHtml.Render(s, canary);
        }

        return s.Append("</body></html>\n").ToString();
    }

    private static void Gates(StringBuilder s, GateReport report)
    {
        s.Append("<section id=\"gates\"><h2>Gates</h2><table><tr><th>verdict</th><th>gate</th><th>kind</th><th>observed</th><th>threshold</th><th>details</th><th>time</th></tr>");
        foreach (var g in report.Gates)
        {
            var details = g.Message + (g.Warnings.Count > 0 ? " — warnings: " + string.Join("; ", g.Warnings) : "");
            s.Append(CultureInfo.InvariantCulture, $"<tr class=\"{g.Verdict}\"><td>{g.Verdict}</td><td>{E(g.Name)}</td><td>{g.Kind}</td><td>{E(g.Observed?.ToString("0.####", CultureInfo.InvariantCulture) ?? "—")}</td><td>{E(g.Threshold)}</td><td>{E(details)}</td><td>{g.DurationMs:0} ms</td></tr>");
        }

        s.Append("</table></section>");
    }

    private static void Metrics(StringBuilder s, GateReport report)
    {
        var evidence = report.Gates.FirstOrDefault(g => g.Kind == "baseline" && g.Evidence is JsonObject)?.Evidence;
        if (evidence?["candidate"] is not JsonObject candidate)
        {
            return;
        }

        var baseline = evidence["baseline"] as JsonObject;
        var names = candidate.Select(kv => kv.Key).Where(k => k != "log-loss").Order(StringComparer.Ordinal).ToList();
        double? Value(JsonObject? o, string k) => o?[k]?.GetValue<double>();
        s.Append("<section id=\"metrics\"><h2>Metrics: candidate vs baseline (same holdout rows)</h2>")
         .Append(SvgCharts.Bars("holdout metrics", names, [("baseline", names.Select(n => Value(baseline, n)).ToList()), ("candidate", names.Select(n => Value(candidate, n)).ToList())]))
         .Append("</section>");
    }

    private static void Latency(StringBuilder s, GateReport report)
    {
        var latency = report.Gates.FirstOrDefault(g => g.Kind == "performance" && g.Evidence?["latency"] is JsonObject)?.Evidence?["latency"];
        if (latency is null)
        {
            return;
        }

        string[] names = ["p50", "p95", "p99"];
        var values = names.Select(n => latency[n] is JsonValue v && v.TryGetValue<double>(out var d) ? d : (double?)null).ToList();
        s.Append("<section id=\"latency\"><h2>Single-row latency (ms)</h2>")
         .Append(SvgCharts.Bars("latency percentiles, ms", names, [("candidate", values)]))
         .Append("</section>");
    }

    private static void Drift(StringBuilder s, GateResult gate)
    {
        s.Append(CultureInfo.InvariantCulture, $"<section class=\"drift\" id=\"drift\"><h2>Drift: {E(gate.Name)}</h2><p>{E(gate.Message)}</p>");
        var columns = gate.Evidence?["columns"]?.AsArray() ?? [];
        s.Append("<table><tr><th>feature</th><th>test</th><th>statistic</th><th>p-value</th><th>effect size [interval]</th><th>threshold</th><th>verdict</th></tr>");
        foreach (var c in columns)
        {
            var drifted = c?["drifted"]?.GetValue<bool>() == true;
            var verdict = Str(c, "verdict") is { Length: > 0 } v ? v : drifted ? "drifted" : "no drift";
            var cls = drifted ? "fail" : verdict == "inconclusive" ? "warn" : "pass";
            var interval = c?["effectLower"] is JsonValue ? $" [{Num(c, "effectLower")}, {Num(c, "effectUpper")}]" : "";
            s.Append(CultureInfo.InvariantCulture, $"<tr class=\"{cls}\"><td>{E(Str(c, "column"))}</td><td>{E(Str(c, "test"))}</td><td>{Num(c, "statistic")}</td><td>{Num(c, "pValue")}</td><td>{Num(c, "effectSize")}{interval}</td><td>{Num(c, "effectThreshold")}</td><td>{E(verdict)}</td></tr>");
        }

        s.Append("</table><div class=\"grid\">");
        foreach (var c in columns)
        {
            if (c?["histogram"] is JsonObject h && h["reference"] is JsonArray r && h["current"] is JsonArray cur)
            {
                var edges = h["edges"]?.AsArray().Select(v => v!.GetValue<double>()).ToList() ?? [];
                s.Append("<figure>").Append(SvgCharts.Overlay(Str(c, "column"), edges, r.Select(v => v!.GetValue<double>()).ToList(), cur.Select(v => v!.GetValue<double>()).ToList())).Append("</figure>");
            }
        }

        s.Append("</div></section>");
    }

    private static string Str(JsonNode? node, string key) => node?[key]?.ToString() ?? "";

    /// <summary>A number of the evidence, compact and culture-invariant, or a dash when absent; the report's sections share it.</summary>
    internal static string Num(JsonNode? node, string key) =>
        node?[key] is JsonValue v && v.TryGetValue<double>(out var d) ? d.ToString(d != 0 && Math.Abs(d) < 1e-3 ? "0.###e+0" : "0.####", CultureInfo.InvariantCulture) : "—";

    /// <summary>HTML-encodes text; the report's sections share it.</summary>
    internal static string E(string text) => WebUtility.HtmlEncode(text);
}
