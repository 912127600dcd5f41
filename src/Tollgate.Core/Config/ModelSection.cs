namespace Tollgate.Core.Config;

internal sealed class ModelSection
{
    public string Name { get; set; } = "";
    public string? Version { get; set; }
    public string InitialVersion { get; set; } = "1.0.0";
    public string Training { get; set; } = "training.yml";
    public string Output { get; set; } = "artifacts/model";
    public CardSection Card { get; set; } = new();
}
