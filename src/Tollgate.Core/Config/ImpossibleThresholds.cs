using System.Globalization;
using Tollgate.Core.Gates;

namespace Tollgate.Core.Config;

/// <summary>Rejects thresholds no model could ever meet (or that every model meets by definition) when the policy loads.</summary>
internal static class ImpossibleThresholds
{
    // Metrics that live in [0, 1]; r2 is at most 1; errors and log-loss are at least 0.
    private static readonly HashSet<string> UnitInterval = new(StringComparer.Ordinal) { "auc", "auprc", "accuracy", "f1", "precision", "recall", "micro-accuracy", "macro-accuracy" };
    private static readonly HashSet<string> NonNegative = new(StringComparer.Ordinal) { "rmse", "mae", "mse", "log-loss" };

    public static void CheckMetric(MetricExpression gate, string where)
    {
        var (low, high) = UnitInterval.Contains(gate.Metric) ? (0.0, 1.0)
            : gate.Metric == "r2" ? (double.NegativeInfinity, 1.0)
            : NonNegative.Contains(gate.Metric) ? (0.0, double.PositiveInfinity)
            : (double.NegativeInfinity, double.PositiveInfinity);
        var t = gate.Threshold;
        var impossible = gate.Operator switch
        {
            ">=" => t > high,
            ">" => t >= high,
            "<=" => t < low,
            "<" => t <= low,
            _ => t < low || t > high,
        };
        if (impossible)
        {
            throw new TollgateException(ErrorCodes.GateInvalid,
                $"{where}: '{gate}' can never pass: {gate.Metric} lies in [{F(low)}, {F(high)}].",
                $"Choose a threshold inside that range, e.g. '{gate.Metric} {gate.Operator} {F(Math.Clamp(t, Math.Max(low, -1e9), Math.Min(high, 1e9)) * 0.9)}'.");
        }
    }

    public static void CheckDrift(DriftSettings drift, string where)
    {
        void Range(string name, double value, double low, double high, bool lowOpen)
        {
            if (double.IsNaN(value) || value > high || value < low || (lowOpen && value == low))
            {
                throw new TollgateException(ErrorCodes.GateInvalid,
                    $"{where}.drift.{name} = {F(value)} is impossible: it must be in {(lowOpen ? "(" : "[")}{F(low)}, {F(high)}].",
                    $"Set drift.{name} inside that range.");
            }
        }

        Range("alpha", drift.Alpha, 0, 1, lowOpen: true);
        Range("datasetShare", drift.DatasetShare, 0, 1, lowOpen: true);
        Statistics.Drift.DriftVerdictPolicy.Validate(drift, where);
        if (!drift.AutoThreshold)
        {
            Range("threshold", drift.Threshold, 0, double.MaxValue, lowOpen: false);
        }
        if (drift.Correction is not ("none" or "bonferroni" or "holm" or "bh"))
        {
            throw new TollgateException(ErrorCodes.GateInvalid, $"{where}.drift.correction '{drift.Correction}' is unknown.", "Use none, bonferroni, holm or bh.");
        }

        Range("bins", drift.Bins, 2, 1000, lowOpen: false);
        Range("minRows", drift.MinRows, 1, int.MaxValue, lowOpen: false);
        Range("epsilon", drift.Epsilon, 0, 1, lowOpen: true);
    }

    private static string F(double v) => double.IsInfinity(v) ? (v > 0 ? "∞" : "-∞") : v.ToString("0.###", CultureInfo.InvariantCulture);
}
