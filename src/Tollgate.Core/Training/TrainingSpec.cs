namespace Tollgate.Core.Training;

/// <summary>The declarative training spec (YAML): data, columns, task, trainer, seed.</summary>
internal sealed class TrainingSpec
{
    public DataSection Data { get; set; } = new();
    public string Label { get; set; } = "";
    public string Task { get; set; } = "binary";
    public FeatureSection Features { get; set; } = new();
    public TrainerSection Trainer { get; set; } = new();
    public int Seed { get; set; } = 42;

    /// <summary>Folder of the spec file; data paths resolve against it.</summary>
    public string BaseDirectory { get; set; } = ".";

    public string SourcePath { get; set; } = "training.yml";

    public IEnumerable<string> AllFeatures => Features.Numeric.Concat(Features.Categorical).Concat(Features.Text);
}

internal sealed class DataSection
{
    public string Train { get; set; } = "";
    public string? Test { get; set; }
    public double TestFraction { get; set; } = 0.2;
}

internal sealed class FeatureSection
{
    public List<string> Numeric { get; set; } = [];
    public List<string> Categorical { get; set; } = [];
    public List<string> Text { get; set; } = [];
}

internal sealed class TrainerSection
{
    public string Name { get; set; } = "sdca-logistic";
    public Dictionary<string, string> Hyperparameters { get; set; } = [];
}
