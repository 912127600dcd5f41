namespace Tollgate.Core.Config;

/// <summary><c>tollgate.yml</c>: what model, how to train it, where it may go and what it must pass.</summary>
public sealed class TollgateConfig
{
    public const string FileName = "tollgate.yml";

    public ModelSection Model { get; set; } = new();
    public PackageSection Package { get; set; } = new();
    public BackendSection Backend { get; set; } = new();
    public string Reports { get; set; } = "artifacts/reports";
    public List<EnvironmentSection> Environments { get; set; } = [];

    /// <summary>Folder of the config file; relative paths in it resolve against this.</summary>
    public string BaseDirectory { get; set; } = ".";

    /// <summary>Full path of the config file, for error messages.</summary>
    public string SourcePath { get; set; } = FileName;

    public string Resolve(string path) => Path.GetFullPath(Path.Combine(BaseDirectory, path));
}

public sealed class ModelSection
{
    public string Name { get; set; } = "";
    public string? Version { get; set; }
    public string InitialVersion { get; set; } = "1.0.0";
    public string Training { get; set; } = "training.yml";
    public string Output { get; set; } = "artifacts/model";
    public CardSection Card { get; set; } = new();
}

public sealed class CardSection
{
    public string? Description { get; set; }
    public string? IntendedUse { get; set; }
    public string? Limitations { get; set; }
    public List<string> Owners { get; set; } = [];
    public string? License { get; set; }
}

public sealed class PackageSection
{
    public string? Id { get; set; }
    public List<string> Authors { get; set; } = [];
    public string Feed { get; set; } = "artifacts/feed";
    public string? RepositoryUrl { get; set; }
}

public sealed class BackendSection
{
    public string Kind { get; set; } = "local";
    public string Ledger { get; set; } = ".tollgate/ledger.jsonl";
}

public sealed class EnvironmentSection
{
    public string Name { get; set; } = "";
    public List<GateSection> Gates { get; set; } = [];
    public string? Url { get; set; }
}

public sealed class GateSection
{
    /// <summary>An absolute metric threshold such as <c>auc &gt;= 0.85</c>.</summary>
    public string? Metric { get; set; }
    public string Severity { get; set; } = "fail";
    public string? Name { get; set; }
}
