using Tollgate.Core.Data;

namespace Tollgate.Core.Statistics.Parity;

/// <summary>Compares candidate and baseline predictions on the same rows.</summary>
public static class ParityEngine
{
    /// <summary>Compares two prediction files over the same rows, as <c>tollgate parity</c> does (CSV, Parquet or JSON lines).</summary>
    /// <param name="baselinePath">The baseline model's predictions.</param>
    /// <param name="candidatePath">The candidate model's predictions over the same rows, in the same order.</param>
    /// <param name="options">Task, column names, margin and significance level.</param>
    /// <returns>Whether the candidate is at parity, why, and the computed metrics.</returns>
    public static ParityReport Run(string baselinePath, string candidatePath, ParityOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baselinePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(candidatePath);
        ArgumentNullException.ThrowIfNull(options);
        return Run(ParityFiles.Read(baselinePath, options), ParityFiles.Read(candidatePath, options), options);
    }

    /// <summary>Runs the classification or regression comparison.</summary>
    internal static ParityReport Run(DataTable baseline, DataTable candidate, ParityOptions options)
    {
        CheckOptions(options);
        if (baseline.RowCount != candidate.RowCount)
        {
            throw new TollgateException(ErrorCodes.DataHeaderMismatch, $"Baseline {baseline.Source} has {baseline.RowCount} rows but candidate {candidate.Source} has {candidate.RowCount}.", "Both prediction files must cover the same rows in the same order.");
        }

        var b = baseline.Column(options.Prediction);
        var c = candidate.Column(options.Prediction);
        var labels = baseline.Has(options.Label) ? baseline.Column(options.Label) : candidate.Has(options.Label) ? candidate.Column(options.Label) : null;
        var task = options.Task == "auto" ? Detect(b) : options.Task;
        return task switch
        {
            "regression" => RegressionParity.Run(baseline.Source, candidate.Source, Numbers(b, baseline.Source), Numbers(c, candidate.Source), options),
            "binary" or "multiclass" => ClassificationParity.Run(baseline.Source, candidate.Source, task, Keys(b), Keys(c), labels is null ? null : Keys(labels), options),
            _ => throw StatGuard.BadParameter($"Unknown task '{task}'.", "Use --task binary, multiclass or regression."),
        };
    }

    /// <summary>Out-of-range settings are refused, never silently used (a negative margin inverts the test).</summary>
    private static void CheckOptions(ParityOptions options)
    {
        if (!(options.Alpha is > 0 and < 1))
        {
            throw StatGuard.BadParameter($"alpha {options.Alpha.ToString(System.Globalization.CultureInfo.InvariantCulture)} is outside (0, 1).", "Use a significance level such as --alpha 0.05.");
        }

        if (options.Margin is { } margin && !(double.IsFinite(margin) && margin >= 0))
        {
            throw StatGuard.BadParameter($"margin {margin.ToString(System.Globalization.CultureInfo.InvariantCulture)} is negative or not finite.", "Use a margin of 0 or more, e.g. --margin 0.01.");
        }
    }

    private static string Detect(DataColumn column)
    {
        if (column.Values is null || column.Kind == ColumnKind.Boolean)
        {
            return column.Kind == ColumnKind.Boolean ? "binary" : "multiclass";
        }

        var distinct = new HashSet<double>();
        foreach (var v in column.Values)
        {
            if (v != Math.Floor(v))
            {
                return "regression";
            }

            distinct.Add(v);
        }

        return distinct.Count <= 2 ? "binary" : "multiclass";
    }

    private static double[] Numbers(DataColumn column, string source)
    {
        if (column.Values is null || column.Missing + column.NonFinite > 0)
        {
            throw new TollgateException(ErrorCodes.StatInputInvalid, $"{source}: column '{column.Name}' must be numeric with no missing values for regression parity ({column.Missing + column.NonFinite} missing or non-finite).", "Fill or drop rows without predictions in both files.");
        }

        return column.Values;
    }

    private static string?[] Keys(DataColumn column) => column.Labels
        ?? Array.ConvertAll(column.Values!, v => double.IsFinite(v) ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
}
