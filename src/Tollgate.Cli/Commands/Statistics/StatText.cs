using System.Globalization;
using System.Text;

namespace Tollgate.Cli.Commands.Statistics;

/// <summary>Human-readable form of a test result: one "name: value" line per field.</summary>
internal static class StatText
{
    public static string Write(Core.Statistics.StatResult r)
    {
        var sb = new StringBuilder();
        sb.Append("test: ").AppendLine(r.Test);
        if (r.HasStatistic)
        {
            sb.Append("statistic: ").AppendLine(Format(r.Statistic));
            sb.Append("pvalue: ").AppendLine(Format(r.PValue));
        }

        foreach (var (key, value) in r.Extra)
        {
            var text = value switch
            {
                double d => Format(d),
                double[] arr => string.Join(", ", arr.Select(Format)),
                long[] counts => string.Join(", ", counts),
                string[] labels => string.Join(", ", labels),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            sb.Append(key).Append(": ").AppendLine(text);
        }

        return sb.ToString().TrimEnd();
    }

    private static string Format(double v) => double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "undefined";
}
