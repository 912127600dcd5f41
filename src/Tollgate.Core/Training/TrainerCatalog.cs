using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace Tollgate.Core.Training;

/// <summary>
/// The trainers a spec may name. Every trainer runs single-threaded with the spec's seed: with one
/// thread SDCA, L-BFGS and FastTree are deterministic, so the same spec and data give the same model.
/// </summary>
internal static class TrainerCatalog
{
    private sealed record Entry(string Task, bool Linear, Func<MLContext, int, object> Options, Func<MLContext, object, IEstimator<ITransformer>> Create);

    private static readonly Dictionary<string, Entry> Entries = new(StringComparer.Ordinal)
    {
        ["sdca-logistic"] = new("binary", true,
            (_, _) => new SdcaLogisticRegressionBinaryTrainer.Options { NumberOfThreads = 1 },
            (ml, o) => ml.BinaryClassification.Trainers.SdcaLogisticRegression((SdcaLogisticRegressionBinaryTrainer.Options)o)),
        ["lbfgs-logistic"] = new("binary", true,
            (_, _) => new LbfgsLogisticRegressionBinaryTrainer.Options { NumberOfThreads = 1 },
            (ml, o) => ml.BinaryClassification.Trainers.LbfgsLogisticRegression((LbfgsLogisticRegressionBinaryTrainer.Options)o)),
        ["fasttree"] = new("binary", false,
            (_, seed) => new FastTreeBinaryTrainer.Options { NumberOfThreads = 1, Seed = seed },
            (ml, o) => ml.BinaryClassification.Trainers.FastTree((FastTreeBinaryTrainer.Options)o)),
        ["sdca-maximum-entropy"] = new("multiclass", true,
            (_, _) => new SdcaMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 },
            (ml, o) => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy((SdcaMaximumEntropyMulticlassTrainer.Options)o)),
        ["lbfgs-maximum-entropy"] = new("multiclass", true,
            (_, _) => new LbfgsMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 },
            (ml, o) => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy((LbfgsMaximumEntropyMulticlassTrainer.Options)o)),
        ["sdca-regression"] = new("regression", true,
            (_, _) => new SdcaRegressionTrainer.Options { NumberOfThreads = 1 },
            (ml, o) => ml.Regression.Trainers.Sdca((SdcaRegressionTrainer.Options)o)),
        ["fasttree-regression"] = new("regression", false,
            (_, seed) => new FastTreeRegressionTrainer.Options { NumberOfThreads = 1, Seed = seed },
            (ml, o) => ml.Regression.Trainers.FastTree((FastTreeRegressionTrainer.Options)o)),
    };

    public static bool Supports(string task, string name) => Entries.TryGetValue(name, out var e) && e.Task == task;

    public static IEnumerable<string> NamesFor(string task) => Entries.Where(e => e.Value.Task == task).Select(e => e.Key);

    /// <summary>Linear trainers need normalised features; tree trainers do not.</summary>
    public static bool IsLinear(string name) => Entries[name].Linear;

    /// <summary>Builds the trainer with label/feature columns and the spec's hyperparameters applied.</summary>
    public static IEstimator<ITransformer> Create(MLContext ml, TrainingSpec spec, string labelColumn, string featureColumn)
    {
        var entry = Entries[spec.Trainer.Name];
        var options = entry.Options(ml, spec.Seed);
        Hyperparameters.Apply(options, spec.Trainer.Hyperparameters, spec.SourcePath);
        Hyperparameters.Set(options, "LabelColumnName", labelColumn);
        Hyperparameters.Set(options, "FeatureColumnName", featureColumn);
        return entry.Create(ml, options);
    }
}
