using System.Globalization;
using Tollgate.Core.Errors;

namespace Tollgate.Cli.Commands.Statistics;

/// <summary>The <c>--param NAME=VALUE</c> pairs of <c>tollgate stat</c>, checked against what the test accepts.</summary>
internal sealed class StatParams
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public StatParams(string test, IEnumerable<string> pairs, IReadOnlyCollection<string> allowed)
    {
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw Bad($"--param '{pair}' is not NAME=VALUE.", "Write e.g. --param method=exact.");
            }

            var name = pair[..eq].Trim();
            if (!allowed.Contains(name))
            {
                var list = allowed.Count == 0 ? "none" : string.Join(", ", allowed);
                throw Bad($"Test '{test}' has no parameter '{name}' (parameters: {list}).", "See docs/statistics.md for each test's parameters.");
            }

            values[name] = pair[(eq + 1)..].Trim();
        }
    }

    public string Text(string name, string fallback, params string[] choices)
    {
        var v = values.GetValueOrDefault(name, fallback);
        if (choices.Length > 0 && !choices.Contains(v))
        {
            throw Bad($"Parameter {name}='{v}' is not one of {string.Join(", ", choices)}.", $"Use --param {name}={choices[0]}.");
        }

        return v;
    }

    public double Number(string name, double? fallback)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback ?? throw Bad($"Parameter '{name}' is required.", $"Pass --param {name}=VALUE.");
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw Bad($"Parameter {name}='{text}' is not a finite number.", "Use invariant-culture numbers such as 0.5 or 1e-4.");
    }

    public int Integer(string name, int fallback)
    {
        var v = Number(name, fallback);
        return v == Math.Floor(v) && v is >= 1 and <= int.MaxValue ? (int)v : throw Bad($"Parameter {name}={v} must be a positive integer.", $"Use e.g. --param {name}=10.");
    }

    /// <summary>A comma-separated list of finite numbers, e.g. <c>looks=0.1,0.5,1</c>.</summary>
    public double[] Numbers(string name) => Parts(name).Select(part =>
        double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw Bad($"Parameter {name}: '{part}' is not a finite number.", $"Write e.g. --param {name}=0.1,0.5,1.")).ToArray();

    /// <summary>A comma-separated list of 64-bit integers, e.g. <c>counts=50123,49877</c>.</summary>
    public long[] Longs(string name) => Parts(name).Select(part => ParseLong(name, part)).ToArray();

    /// <summary>One 64-bit integer.</summary>
    public long Long(string name) => ParseLong(name, values.TryGetValue(name, out var text) ? text : throw Bad($"Parameter '{name}' is required.", $"Pass --param {name}=VALUE."));

    public bool Flag(string name, bool fallback) => Text(name, fallback ? "true" : "false", "true", "false") == "true";

    private string[] Parts(string name) => values.TryGetValue(name, out var text)
        ? text.Split(',', StringSplitOptions.TrimEntries)
        : throw Bad($"Parameter '{name}' is required.", $"Pass --param {name}=V1,V2,....");

    private static long ParseLong(string name, string text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw Bad($"Parameter {name}: '{text}' is not an integer.", $"Write whole numbers, e.g. --param {name}=37.");

    private static TollgateException Bad(string message, string hint) => new(ErrorCodes.StatParameterInvalid, message, hint);
}
