using Microsoft.ML;
using Tollgate.Core.Config;
using Tollgate.Core.Training;

namespace Tollgate.Core.Gates;

/// <summary>
/// Scores a saved model on the candidate's holdout set (the spec's test file, or its seeded split), so the
/// candidate and the running model are compared on the same rows in the same run.
/// </summary>
internal sealed class HoldoutEvaluator(TollgateConfig config)
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, double>> cache = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, double> Evaluate(string modelDir)
    {
        var path = Path.Combine(modelDir, ModelTrainer.ModelFileName);
        if (cache.TryGetValue(path, out var known))
        {
            return known;
        }

        var spec = TrainingSpecLoader.Load(config.Resolve(config.Model.Training));
        var ml = new MLContext(spec.Seed);
        var scratch = Util.ScratchFiles.CreateDirectory(config.Resolve("."), "holdout");
        try
        {
            var test = Holdout(ml, spec, scratch);
            var model = ml.Model.Load(path, out _);
            var metrics = ModelEvaluator.Evaluate(ml, spec.Task, model.Transform(test));
            cache[path] = metrics;
            return metrics;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>Candidate and running model scored on rows neither trained on, each with its own schema (see <see cref="SharedHoldout"/>).</summary>
    internal SharedHoldout.Comparison? Compare(GateContext context, out string why) =>
        SharedHoldout.Compare(config, context.CandidateDir, context.Candidate, context.BaselineDir!, context.Baseline!, out why);

    /// <summary>The holdout rows, loaded with the spec's column types.</summary>
    internal static IDataView Holdout(MLContext ml, TrainingSpec spec, string scratch)
    {
        var loader = new TrainingDataLoader(ml, spec);
        if (spec.Data.Test is { Length: > 0 } testFile)
        {
            return loader.Load(testFile, scratch).View;
        }

        return ml.Data.TrainTestSplit(loader.Load(spec.Data.Train, scratch).View, spec.Data.TestFraction, seed: spec.Seed).TestSet;
    }
}
