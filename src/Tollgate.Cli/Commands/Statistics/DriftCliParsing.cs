using Tollgate.Core.Data;
using Tollgate.Core.Errors;

namespace Tollgate.Cli.Commands.Statistics;

/// <summary>Small parsers shared by the drift and parity commands.</summary>
internal static class DriftCliParsing
{
    public static ColumnKind Kind(string text) => text.ToLowerInvariant() switch
    {
        "numeric" => ColumnKind.Numeric,
        "categorical" => ColumnKind.Categorical,
        "boolean" => ColumnKind.Boolean,
        "text" => ColumnKind.Text,
        "timestamp" => ColumnKind.Timestamp,
        _ => throw new TollgateException(ErrorCodes.StatParameterInvalid, $"Unknown column type '{text}'.", "Use numeric, categorical, boolean, text or timestamp."),
    };

    public static Dictionary<string, ColumnKind> Schema(IEnumerable<string> pairs, Dictionary<string, ColumnKind> into)
    {
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new TollgateException(ErrorCodes.StatParameterInvalid, $"--schema '{pair}' is not COLUMN=TYPE.", "Write e.g. --schema zip=categorical.");
            }

            into[pair[..eq]] = Kind(pair[(eq + 1)..]);
        }

        return into;
    }

    public static string Choice(string value, string name, params string[] choices) =>
        choices.Contains(value) ? value : throw new TollgateException(ErrorCodes.StatParameterInvalid, $"{name} '{value}' is not one of {string.Join(", ", choices)}.", $"Use {name}: {choices[0]}.");

    /// <summary>The --columns list (null: all columns). A list that names no column (",") is refused, not read as "compare nothing".</summary>
    public static string[]? Columns(string? csv)
    {
        if (csv is null)
        {
            return null;
        }

        var names = csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names.Length > 0 ? names : throw new TollgateException(ErrorCodes.StatParameterInvalid, $"--columns '{csv}' names no column.", "Pass comma-separated column names, e.g. --columns age,income, or leave --columns out to compare every column.");
    }
}
