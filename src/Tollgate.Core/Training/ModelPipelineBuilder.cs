using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace Tollgate.Core.Training;

/// <summary>Featurisation + trainer for a spec: numeric (missing → mean), one-hot categoricals, text n-grams.</summary>
internal static class ModelPipelineBuilder
{
    private const string Features = "Features";

    public static IEstimator<ITransformer> Build(MLContext ml, TrainingSpec spec)
    {
        var parts = new List<string>();
        IEstimator<ITransformer> pipeline = new EstimatorChain<ITransformer>();
        if (spec.Task == "multiclass")
        {
            pipeline = pipeline.Append(ml.Transforms.Conversion.MapValueToKey(TrainingDataLoader.LabelColumn));
        }

        foreach (var column in spec.Features.Numeric)
        {
            pipeline = pipeline.Append(ml.Transforms.ReplaceMissingValues(column, replacementMode: MissingValueReplacingEstimator.ReplacementMode.Mean));
            parts.Add(column);
        }

        foreach (var column in spec.Features.Categorical)
        {
            var encoded = $"{column}__onehot";
            pipeline = pipeline.Append(ml.Transforms.Categorical.OneHotEncoding(encoded, column));
            parts.Add(encoded);
        }

        foreach (var column in spec.Features.Text)
        {
            var encoded = $"{column}__text";
            pipeline = pipeline.Append(ml.Transforms.Text.FeaturizeText(encoded, column));
            parts.Add(encoded);
        }

        pipeline = pipeline.Append(ml.Transforms.Concatenate(Features, [.. parts]));
        if (TrainerCatalog.IsLinear(spec.Trainer.Name))
        {
            pipeline = pipeline.Append(ml.Transforms.NormalizeMinMax(Features));
        }

        pipeline = pipeline.Append(TrainerCatalog.Create(ml, spec, TrainingDataLoader.LabelColumn, Features));
        if (spec.Task == "multiclass")
        {
            pipeline = pipeline.Append(ml.Transforms.Conversion.MapKeyToValue("PredictedValue", "PredictedLabel"));
        }

        return pipeline;
    }
}
