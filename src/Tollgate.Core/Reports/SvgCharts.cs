using System.Globalization;
using System.Net;
using System.Text;

namespace Tollgate.Core.Reports;

/// <summary>Small inline SVG charts (no scripts, no external requests) for the HTML report.</summary>
internal static partial class SvgCharts
{
    private const string Reference = "#4C78A8";
    private const string Current = "#F58518";

    /// <summary>Grouped bars: one group per label, one bar per series.</summary>
    public static string Bars(string title, IReadOnlyList<string> labels, IReadOnlyList<(string Name, IReadOnlyList<double?> Values)> series)
    {
        const int width = 560, height = 220, left = 40, bottom = 40, top = 24;
        var max = series.SelectMany(s => s.Values).Where(v => v.HasValue).Select(v => v!.Value).DefaultIfEmpty(1).Max();
        max = max <= 0 ? 1 : max;
        var group = (width - left - 10.0) / Math.Max(1, labels.Count);
        var bar = group * 0.8 / Math.Max(1, series.Count);
        var s = Open(title, width, height);
        for (var i = 0; i < labels.Count; i++)
        {
            for (var k = 0; k < series.Count; k++)
            {
                if (series[k].Values[i] is not { } v)
                {
                    continue;
                }

                var h = (height - top - bottom) * v / max;
                var x = left + (i * group) + (group * 0.1) + (k * bar);
                s.Append(Rect(x, height - bottom - h, bar - 1, h, k == 0 ? Reference : Current, $"{series[k].Name} {labels[i]}: {F(v)}"));
            }

            s.Append(Text(left + (i * group) + (group / 2), height - bottom + 14, labels[i], "middle"));
        }

        return Close(s, series.Select((x, k) => (x.Name, k == 0 ? Reference : Current)), width);
    }

    /// <summary>Reference vs current histogram on shared bin edges, as shares of each sample.</summary>
    public static string Overlay(string title, IReadOnlyList<double> edges, IReadOnlyList<double> reference, IReadOnlyList<double> current)
    {
        const int width = 360, height = 180, left = 8, bottom = 28, top = 24;
        var refTotal = Math.Max(1e-300, reference.Sum());
        var curTotal = Math.Max(1e-300, current.Sum());
        var bins = reference.Count;
        var max = reference.Select(v => v / refTotal).Concat(current.Select(v => v / curTotal)).DefaultIfEmpty(1).Max();
        max = max <= 0 ? 1 : max;
        var w = (width - (2.0 * left)) / Math.Max(1, bins);
        var s = Open(title, width, height);
        for (var i = 0; i < bins; i++)
        {
            var hr = (height - top - bottom) * (reference[i] / refTotal) / max;
            var hc = (height - top - bottom) * (current[i] / curTotal) / max;
            var range = edges.Count > i + 1 ? $"[{F(edges[i])}, {F(edges[i + 1])})" : $"bin {i + 1}";
            s.Append(Rect(left + (i * w), height - bottom - hr, w - 1, hr, Reference, $"reference {range}: {F(reference[i] / refTotal)}", 0.55));
            s.Append(Rect(left + (i * w), height - bottom - hc, w - 1, hc, Current, $"current {range}: {F(current[i] / curTotal)}", 0.55));
        }

        if (edges.Count > 1)
        {
            s.Append(Text(left, height - bottom + 14, F(edges[0]), "start"));
            s.Append(Text(width - left, height - bottom + 14, F(edges[^1]), "end"));
        }

        return Close(s, [("reference", Reference), ("current", Current)], width);
    }

    private static StringBuilder Open(string title, int width, int height) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\"><title>{WebUtility.HtmlEncode(title)}</title>")
        .Append(Text(8, 15, title, "start", bold: true));

    private static string Close(StringBuilder s, IEnumerable<(string Name, string Colour)> legend, int width)
    {
        var x = width - 10.0;
        foreach (var (name, colour) in legend.Reverse())
        {
            x -= (name.Length * 7) + 22;
            s.Append(Rect(x, 6, 10, 10, colour, name)).Append(Text(x + 14, 15, name, "start"));
        }

        return s.Append("</svg>").ToString();
    }

    private static string Rect(double x, double y, double w, double h, string fill, string tip, double opacity = 1) =>
        string.Create(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{Math.Max(0, w):0.#}\" height=\"{Math.Max(0, h):0.#}\" fill=\"{fill}\" fill-opacity=\"{opacity}\"><title>{WebUtility.HtmlEncode(tip)}</title></rect>");

    private static string Text(double x, double y, string text, string anchor, bool bold = false) =>
        string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" font-size=\"11\" text-anchor=\"{anchor}\"{(bold ? " font-weight=\"bold\"" : "")}>{WebUtility.HtmlEncode(text)}</text>");

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
