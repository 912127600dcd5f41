using System.Globalization;
using System.Text.RegularExpressions;

namespace Tollgate.Core.Gates;

/// <summary><c>auc &gt;= baseline - 0.005</c>, <c>log-loss &lt;= baseline * 1.02</c>: a threshold derived from the running model.</summary>
internal sealed partial record BaselineExpression(string Metric, string Operator, string Adjust, double Amount)
{
    public static BaselineExpression Parse(string text, string where)
    {
        var m = Pattern().Match(text);
        if (!m.Success)
        {
            throw new TollgateException(ErrorCodes.GateInvalid, $"{where}: '{text}' is not a baseline gate.",
                "Write METRIC OP baseline [+|-|* NUMBER], e.g. 'auc >= baseline - 0.005' or 'log-loss <= baseline * 1.02'.");
        }

        var adjust = m.Groups["adj"].Success ? m.Groups["adj"].Value : "+";
        var amount = m.Groups["num"].Success ? double.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture) : 0;
        return new BaselineExpression(m.Groups["metric"].Value, m.Groups["op"].Value, adjust, amount);
    }

    /// <summary>The absolute threshold this expression gives for a baseline value.</summary>
    public MetricExpression Resolve(double baseline) => new(Metric, Operator, Adjust switch
    {
        "-" => baseline - Amount,
        "*" => baseline * Amount,
        _ => baseline + Amount,
    });

    public override string ToString() => $"{Metric} {Operator} baseline" + (Amount == 0 && Adjust != "*" ? "" : $" {Adjust} {Amount.ToString(CultureInfo.InvariantCulture)}");

    [GeneratedRegex(@"^\s*(?<metric>[A-Za-z][A-Za-z0-9_.-]*)\s*(?<op>>=|<=|==|>|<)\s*baseline\s*((?<adj>[-+*])\s*(?<num>[0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?))?\s*$")]
    private static partial Regex Pattern();
}
