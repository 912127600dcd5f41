using System.Globalization;
using System.Text.RegularExpressions;

namespace Tollgate.Core.Gates;

/// <summary>An absolute threshold on an evaluation metric: <c>auc &gt;= 0.85</c>, <c>rmse &lt;= 3.2</c>.</summary>
internal sealed partial record MetricExpression(string Metric, string Operator, double Threshold)
{
    public static MetricExpression Parse(string expression, string where)
    {
        var match = Expression().Match(expression);
        if (!match.Success || !double.TryParse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold))
        {
            throw new TollgateException(
                ErrorCodes.GateInvalid,
                $"{where}: '{expression}' is not a metric gate.",
                "Write METRIC OP NUMBER with OP one of >=, >, <=, <, ==, e.g. 'auc >= 0.85'.");
        }

        return new MetricExpression(match.Groups["metric"].Value, match.Groups["op"].Value, threshold);
    }

    public bool Passes(double observed) => !double.IsNaN(observed) && Operator switch
    {
        ">=" => observed >= Threshold,
        ">" => observed > Threshold,
        "<=" => observed <= Threshold,
        "<" => observed < Threshold,
        _ => observed == Threshold,
    };

    public override string ToString() => $"{Metric} {Operator} {Threshold.ToString(CultureInfo.InvariantCulture)}";

    [GeneratedRegex(@"^\s*(?<metric>[A-Za-z][A-Za-z0-9_.-]*)\s*(?<op>>=|<=|==|>|<)\s*(?<value>[-+]?[0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?)\s*$")]
    private static partial Regex Expression();
}
