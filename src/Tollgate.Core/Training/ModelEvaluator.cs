using Microsoft.ML;

namespace Tollgate.Core.Training;

/// <summary>Evaluation metrics on the holdout set, named as gates refer to them (auc, accuracy, rmse, ...).</summary>
internal static class ModelEvaluator
{
    public static SortedDictionary<string, double> Evaluate(MLContext ml, string task, IDataView predictions)
    {
        const string label = TrainingDataLoader.LabelColumn;
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal);
        switch (task)
        {
            case "binary":
                var b = ml.BinaryClassification.Evaluate(predictions, label);
                metrics["auc"] = b.AreaUnderRocCurve;
                metrics["auprc"] = b.AreaUnderPrecisionRecallCurve;
                metrics["accuracy"] = b.Accuracy;
                metrics["f1"] = b.F1Score;
                metrics["precision"] = b.PositivePrecision;
                metrics["recall"] = b.PositiveRecall;
                metrics["log-loss"] = b.LogLoss;
                break;
            case "multiclass":
                var m = ml.MulticlassClassification.Evaluate(predictions, label);
                metrics["micro-accuracy"] = m.MicroAccuracy;
                metrics["macro-accuracy"] = m.MacroAccuracy;
                metrics["log-loss"] = m.LogLoss;
                break;
            default:
                var r = ml.Regression.Evaluate(predictions, label);
                metrics["rmse"] = r.RootMeanSquaredError;
                metrics["mae"] = r.MeanAbsoluteError;
                metrics["mse"] = r.MeanSquaredError;
                metrics["r2"] = r.RSquared;
                break;
        }

        // NaN/Infinity cannot be gated or written to JSON; drop them rather than invent a value.
        foreach (var key in metrics.Where(kv => !double.IsFinite(kv.Value)).Select(kv => kv.Key).ToList())
        {
            metrics.Remove(key);
        }

        return metrics;
    }
}
