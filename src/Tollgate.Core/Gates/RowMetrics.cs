using System.Globalization;

namespace Tollgate.Core.Gates;

/// <summary>
/// Holdout metrics computed from per-row predictions over any multiset of rows (a bootstrap resample), so a baseline gate
/// can put an interval on candidate − baseline. Same definitions as the manifest's metrics (ML.NET): binary metrics on
/// the predicted class and the probability, regression on the predicted value.
/// </summary>
internal static class RowMetrics
{
    // ML.NET clips probabilities the same way before taking logs.
    private const double Epsilon = 1e-15;

    /// <summary>The metric as a function of row indices, or null when Tollgate has no row-level form of it.</summary>
    public static Func<int[], double>? For(string metric, string task, Predictions p, string?[] truth)
    {
        if (task == "binary")
        {
            var y = truth.Select(t => t == "true").ToArray();
            var predicted = p.Labels.Select(l => l == "true").ToArray();
            return metric switch
            {
                "accuracy" => rows => Mean(rows, i => y[i] == predicted[i] ? 1 : 0),
                "precision" => rows => Ratio(rows, i => y[i] && predicted[i], i => predicted[i]),
                "recall" => rows => Ratio(rows, i => y[i] && predicted[i], i => y[i]),
                "f1" => rows => F1(rows, y, predicted),
                "log-loss" => rows => Mean(rows, i => -Math.Log(Math.Clamp(y[i] ? p.Scores[i] : 1 - p.Scores[i], Epsilon, 1))),
                _ => null,
            };
        }

        if (task == "regression")
        {
            var y = truth.Select(t => double.Parse(t ?? "NaN", CultureInfo.InvariantCulture)).ToArray();
            return metric switch
            {
                "mae" => rows => Mean(rows, i => Math.Abs(p.Scores[i] - y[i])),
                "mse" => rows => Mean(rows, i => (p.Scores[i] - y[i]) * (p.Scores[i] - y[i])),
                "rmse" => rows => Math.Sqrt(Mean(rows, i => (p.Scores[i] - y[i]) * (p.Scores[i] - y[i]))),
                "r2" => rows => R2(rows, y, p.Scores),
                _ => null,
            };
        }

        return metric == "micro-accuracy" ? rows => Mean(rows, i => truth[i] == p.Labels[i] ? 1 : 0) : null;
    }

    private static double Mean(int[] rows, Func<int, double> value)
    {
        var sum = 0.0;
        foreach (var i in rows)
        {
            sum += value(i);
        }

        return sum / rows.Length;
    }

    private static double Ratio(int[] rows, Func<int, bool> numerator, Func<int, bool> denominator)
    {
        long hit = 0, all = 0;
        foreach (var i in rows)
        {
            hit += numerator(i) ? 1 : 0;
            all += denominator(i) ? 1 : 0;
        }

        return all == 0 ? double.NaN : (double)hit / all;
    }

    private static double F1(int[] rows, bool[] y, bool[] predicted)
    {
        long tp = 0, fp = 0, fn = 0;
        foreach (var i in rows)
        {
            tp += y[i] && predicted[i] ? 1 : 0;
            fp += !y[i] && predicted[i] ? 1 : 0;
            fn += y[i] && !predicted[i] ? 1 : 0;
        }

        return tp == 0 ? (fp + fn == 0 ? double.NaN : 0) : 2.0 * tp / ((2 * tp) + fp + fn);
    }

    private static double R2(int[] rows, double[] y, double[] predicted)
    {
        var mean = Mean(rows, i => y[i]);
        double residual = 0, total = 0;
        foreach (var i in rows)
        {
            residual += (y[i] - predicted[i]) * (y[i] - predicted[i]);
            total += (y[i] - mean) * (y[i] - mean);
        }

        return total > 0 ? 1 - (residual / total) : double.NaN;
    }
}
