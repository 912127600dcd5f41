using Tollgate.Core.Config;

namespace Tollgate.Core.Training;

/// <summary>Reads and checks a training spec before any data is touched.</summary>
internal static class TrainingSpecLoader
{
    public static TrainingSpec Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new TollgateException(ErrorCodes.TrainingSpecInvalid, $"Training spec '{path}' does not exist.", "Set model.training in tollgate.yml to the spec's path (relative to tollgate.yml).");
        }

        var spec = YamlFile.Deserialize<TrainingSpec>(path, ErrorCodes.TrainingSpecInvalid);
        spec.SourcePath = Path.GetFullPath(path);
        spec.BaseDirectory = Path.GetDirectoryName(spec.SourcePath)!;
        Validate(spec);
        return spec;
    }

    private static void Validate(TrainingSpec spec)
    {
        void Fail(string what, string fix) => throw new TollgateException(ErrorCodes.TrainingSpecInvalid, $"{spec.SourcePath}: {what}", fix);

        if (string.IsNullOrWhiteSpace(spec.Data.Train))
        {
            Fail("data.train is missing.", "Name the training data file (CSV or Parquet).");
        }

        if (string.IsNullOrWhiteSpace(spec.Label))
        {
            Fail("label is missing.", "Name the label column.");
        }

        if (spec.Task is not ("binary" or "multiclass" or "regression"))
        {
            Fail($"task '{spec.Task}' is unknown.", "Use binary, multiclass or regression.");
        }

        if (!spec.AllFeatures.Any())
        {
            Fail("no feature columns.", "List columns under features.numeric, features.categorical or features.text.");
        }

        var repeated = spec.AllFeatures.Append(spec.Label).GroupBy(c => c).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            Fail($"column '{repeated.Key}' is listed more than once (features and label must be distinct).", "List each column once.");
        }

        if (spec.Data.Test is null && spec.Data.TestFraction is <= 0 or >= 1)
        {
            Fail($"data.testFraction {spec.Data.TestFraction} must be between 0 and 1.", "Use e.g. 0.2, or give data.test.");
        }

        if (!TrainerCatalog.Supports(spec.Task, spec.Trainer.Name))
        {
            Fail($"trainer '{spec.Trainer.Name}' does not fit task '{spec.Task}'.", $"Use one of: {string.Join(", ", TrainerCatalog.NamesFor(spec.Task))}.");
        }
    }
}
