using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Tollgate.Core.Config;
using Tollgate.Core.Training;

namespace Tollgate.Core.Gates;

/// <summary>
/// The holdout rows in memory, loaded with the spec's column types (plus extra columns a gate needs, e.g. a
/// sensitive attribute that is not a feature), and helpers to load and score saved models on them.
/// </summary>
internal sealed class GateData
{
    private GateData(MLContext ml, TrainingSpec spec, InMemoryRows holdout)
    {
        Ml = ml;
        Spec = spec;
        Holdout = holdout;
    }

    public MLContext Ml { get; }
    public TrainingSpec Spec { get; }
    public InMemoryRows Holdout { get; }

    public static GateData Load(TollgateConfig config, params string[] extraColumns)
    {
        var spec = TrainingSpecLoader.Load(config.Resolve(config.Model.Training));
        var extra = extraColumns.Where(c => !spec.AllFeatures.Contains(c, StringComparer.Ordinal)).ToList();
        if (extra.Count > 0)
        {
            // Same seed and rows, one more string column: the seeded split keeps the same holdout rows.
            spec = new TrainingSpec
            {
                Data = spec.Data, Label = spec.Label, Task = spec.Task, Trainer = spec.Trainer, Seed = spec.Seed,
                BaseDirectory = spec.BaseDirectory, SourcePath = spec.SourcePath,
                Features = new FeatureSection { Numeric = spec.Features.Numeric, Categorical = spec.Features.Categorical, Text = [.. spec.Features.Text, .. extra] },
            };
        }

        var ml = new MLContext(spec.Seed);
        var scratch = Util.ScratchFiles.CreateDirectory(config.Resolve("."), "gate");
        try
        {
            return new GateData(ml, spec, InMemoryRows.From(HoldoutEvaluator.Holdout(ml, spec, scratch)));
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>The training rows (for feature ranges and spreads).</summary>
    public InMemoryRows Training()
    {
        var scratch = Util.ScratchFiles.CreateDirectory(Spec.BaseDirectory, "gate");
        try
        {
            return InMemoryRows.From(new TrainingDataLoader(Ml, Spec).Load(Spec.Data.Train, scratch).View);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    public static string ModelPath(string modelDir) => Path.Combine(modelDir, ModelTrainer.ModelFileName);

    public ITransformer LoadModel(string modelDir) => Ml.Model.Load(ModelPath(modelDir), out _);

    public bool IsClassification => Spec.Task is "binary" or "multiclass";

    /// <summary>Scores rows; labels are the predicted classes (classification), scores the probability (binary) or value (regression).</summary>
    public Predictions Predict(ITransformer model, IDataView rows)
    {
        var output = model.Transform(rows);
        var labelColumn = Spec.Task switch { "binary" => "PredictedLabel", "multiclass" => "PredictedValue", _ => null };
        var scoreColumn = Spec.Task == "binary" && output.Schema.GetColumnOrNull("Probability") is not null ? "Probability" : Spec.Task == "multiclass" ? null : "Score";
        var labels = new List<string?>();
        var scores = new List<double>();
        var active = output.Schema.Where(c => c.Name == labelColumn || c.Name == scoreColumn).ToList();
        using var cursor = output.GetRowCursor(active);
        var label = labelColumn is null ? null : Reader(cursor, output.Schema[labelColumn]);
        var score = scoreColumn is null ? null : cursor.GetGetter<float>(output.Schema[scoreColumn]);
        while (cursor.MoveNext())
        {
            labels.Add(label?.Invoke());
            float s = float.NaN;
            score?.Invoke(ref s);
            scores.Add(s);
        }

        return new Predictions([.. labels], [.. scores]);
    }

    /// <summary>The true labels of the holdout rows as text (true/false, the class, or the number).</summary>
    public string?[] TrueLabels() => Column(TrainingDataLoader.LabelColumn);

    /// <summary>A column of the holdout rows as text (numbers in invariant culture).</summary>
    public string?[] Column(string name)
    {
        var index = Holdout.Schema[name].Index;
        return [.. Holdout.Rows.Select(r => Text(r[index]))];
    }

    public static string? Text(object value) => value switch
    {
        bool b => b ? "true" : "false",
        float f => float.IsNaN(f) ? null : f.ToString(CultureInfo.InvariantCulture),
        ReadOnlyMemory<char> m => m.ToString(),
        _ => null,
    };

    private static Func<string?> Reader(DataViewRow row, DataViewSchema.Column column)
    {
        if (column.Type == BooleanDataViewType.Instance)
        {
            var g = row.GetGetter<bool>(column);
            return () => { bool v = false; g(ref v); return v ? "true" : "false"; };
        }

        var t = row.GetGetter<ReadOnlyMemory<char>>(column);
        return () => { ReadOnlyMemory<char> v = default; t(ref v); return v.ToString(); };
    }
}
