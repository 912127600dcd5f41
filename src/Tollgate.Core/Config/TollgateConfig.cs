namespace Tollgate.Core.Config;

/// <summary>
/// <c>tollgate.yml</c>: what model, how to train it, where it may go and what it must pass. Load it with
/// <see cref="ConfigLoader.Load"/> and hand it to the services; to an embedder it is opaque except for its path, the
/// model's name and the environments. The sections are internal (YamlDotNet fills them; the CLI reads them).
/// </summary>
public sealed class TollgateConfig
{
    /// <summary>The configuration file's name, looked for in the current folder and its parents.</summary>
    public const string FileName = "tollgate.yml";

    /// <summary>For YAML deserialization only (its object factory needs a public constructor): load one with <see cref="ConfigLoader.Load"/>.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public TollgateConfig()
    {
    }

    internal ModelSection Model { get; set; } = new();
    internal PackageSection Package { get; set; } = new();
    internal BackendSection Backend { get; set; } = new();
    internal string Reports { get; set; } = "artifacts/reports";

    /// <summary>Signing key and trusted keys for model signatures and promotion attestations (docs/trust.md).</summary>
    internal TrustSection Trust { get; set; } = new();
    internal List<EnvironmentSection> Environments { get; set; } = [];

    /// <summary>Allows configured paths (output, feed, ledger, reports…) outside the folder of tollgate.yml; off by default.</summary>
    internal bool AllowOutsideRepository { get; set; }

    /// <summary>Settings of <c>tollgate drift --config</c>: the same keys and defaults as a drift gate's.</summary>
    internal DriftSettings Drift { get; set; } = new();

    /// <summary>Folder of the config file; relative paths in it resolve against this.</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public string BaseDirectory { get; internal set; } = ".";

    /// <summary>Full path of the config file, for error messages.</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public string SourcePath { get; internal set; } = FileName;

    /// <summary>The model's name (<c>model.name</c>): the package id and OCI repository name unless configured otherwise.</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public string ModelName => Model.Name;

    /// <summary>The environments' names in promotion order (<c>environments</c>; sandbox, staging, production by default).</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public IReadOnlyList<string> EnvironmentNames => [.. Environments.Select(e => e.Name)];

    /// <summary>A path from tollgate.yml as a full path: relative paths resolve against <see cref="BaseDirectory"/>.</summary>
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(BaseDirectory, path));

    /// <summary>True when <paramref name="environment"/> is a production environment (<c>production:</c>, else the last one).</summary>
    public bool IsProduction(string environment) => EnvironmentRoles.IsProduction(this, environment);

    /// <summary>True when <paramref name="environment"/> is transient (<c>transient:</c>, else the first of several).</summary>
    public bool IsTransient(string environment) => EnvironmentRoles.IsTransient(this, environment);

    /// <summary>The named environment, or a clear error listing the configured ones.</summary>
    internal EnvironmentSection Environment(string name) =>
        Environments.FirstOrDefault(e => e.Name == name) ?? throw new Errors.TollgateException(
            Errors.ErrorCodes.UnknownEnvironment,
            $"Environment '{name}' is not configured in {SourcePath}.",
            $"Use one of: {string.Join(", ", Environments.Select(e => e.Name))}.");
}
