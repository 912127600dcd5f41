using System.Globalization;
using System.Text;

namespace Tollgate.Core.Reports;

/// <summary>The path of a group sequential statistic against its boundaries.</summary>
internal static partial class SvgCharts
{
    private const string Boundary = "#CF222E";

    /// <summary>
    /// x = information fraction (0..1), y = z; the boundary as a red step line with dots, the statistic as a blue path.
    /// A point at or above its boundary is where the test stopped.
    /// </summary>
    public static string SequentialPath(string title, IReadOnlyList<double> information, IReadOnlyList<double> statistic, IReadOnlyList<double> boundary)
    {
        ArgumentNullException.ThrowIfNull(information);
        ArgumentNullException.ThrowIfNull(statistic);
        ArgumentNullException.ThrowIfNull(boundary);
        const int width = 560, height = 260, left = 44, right = 12, bottom = 34, top = 26;
        var finite = statistic.Concat(boundary).Where(double.IsFinite).DefaultIfEmpty(0).ToList();
        var yMax = Math.Max(1, Math.Min(10, finite.Max()) + 0.5);
        var yMin = Math.Min(-1, Math.Max(-10, finite.Min()) - 0.5);
        double X(double t) => left + ((width - left - right) * t);
        double Y(double z) => top + ((height - top - bottom) * (yMax - Math.Clamp(z, yMin, yMax)) / (yMax - yMin));
        var s = Open(title, width, height);
        s.Append(Line(X(0), Y(0), X(1), Y(0), "#999", dashed: true));
        s.Append(Text(left - 4, Y(0) + 4, "0", "end")).Append(Text(left - 4, Y(yMax) + 10, F(yMax), "end")).Append(Text(left - 4, Y(yMin), F(yMin), "end"));
        s.Append(Text(X(0), height - 8, "0", "middle")).Append(Text(X(1), height - 8, "1", "middle")).Append(Text(X(0.5), height - 8, "information fraction", "middle"));
        Path(s, information, boundary, Boundary, X, Y, "boundary");
        Path(s, information, statistic, Reference, X, Y, "statistic");
        return Close(s, [("statistic", Reference), ("boundary", Boundary)], width);
    }

    private static void Path(StringBuilder s, IReadOnlyList<double> x, IReadOnlyList<double> y, string colour, Func<double, double> px, Func<double, double> py, string name)
    {
        for (var i = 0; i < x.Count; i++)
        {
            if (i > 0)
            {
                s.Append(Line(px(x[i - 1]), py(y[i - 1]), px(x[i]), py(y[i]), colour));
            }

            s.Append(string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{px(x[i]):0.#}\" cy=\"{py(y[i]):0.#}\" r=\"4\" fill=\"{colour}\"><title>{name} at information {F(x[i])}: {F(y[i])}</title></circle>"));
        }
    }

    private static string Line(double x1, double y1, double x2, double y2, string colour, bool dashed = false) =>
        string.Create(CultureInfo.InvariantCulture, $"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" stroke=\"{colour}\" stroke-width=\"2\"{(dashed ? " stroke-dasharray=\"4 3\"" : "")}/>");
}
