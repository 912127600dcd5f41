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

    /// <summary>Allows configured paths (output, feed, ledger, reports…) outside the folder of tollgate.yml; off by default.</summary>
    public bool AllowOutsideRepository { get; set; }

    /// <summary>Settings of <c>tollgate drift --config</c>: the same keys and defaults as a drift gate's.</summary>
    public DriftSettings Drift { get; set; } = new();

    /// <summary>Folder of the config file; relative paths in it resolve against this.</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public string BaseDirectory { get; set; } = ".";

    /// <summary>Full path of the config file, for error messages.</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public string SourcePath { get; set; } = FileName;

    public string Resolve(string path) => Path.GetFullPath(Path.Combine(BaseDirectory, path));

    /// <summary>The named environment, or a clear error listing the configured ones.</summary>
    public EnvironmentSection Environment(string name) =>
        Environments.FirstOrDefault(e => e.Name == name) ?? throw new Errors.TollgateException(
            Errors.ErrorCodes.UnknownEnvironment,
            $"Environment '{name}' is not configured in {SourcePath}.",
            $"Use one of: {string.Join(", ", Environments.Select(e => e.Name))}.");
}
