using Tollgate.Core.Data;
using Tollgate.Core.Errors;

namespace Tollgate.Core.Statistics.Parity;

/// <summary>Compares candidate and baseline predictions on the same rows.</summary>
public static class ParityEngine
{
    /// <summary>Runs the classification or regression comparison.</summary>
    public static ParityReport Run(DataTable baseline, DataTable candidate, ParityOptions options)
    {
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
