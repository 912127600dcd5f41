using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Tollgate.Runner;

/// <summary>Settings shared by every Tollgate alias.</summary>
public sealed class TollgateSettings : ToolSettings
{
    /// <summary>Path to <c>tollgate.yml</c>; default: found upward from the working directory.</summary>
    public FilePath? ConfigFile { get; set; }

    /// <summary>
    /// Path to <c>Tollgate.Cli.dll</c>; when set, the CLI runs as <c>dotnet exec</c> of it (an in-tree build) instead of
    /// the <c>tollgate</c> found by <c>#tool</c>, the local tool manifest or PATH. <see cref="ToolSettings.ToolPath"/> then names the .NET host.
    /// </summary>
    public FilePath? CliAssemblyPath { get; set; }

    /// <summary>Artifact folder (default: model.output from tollgate.yml).</summary>
    public DirectoryPath? Artifact { get; set; }

    /// <summary>Current data (recent production traffic) for drift gates, instead of the file tollgate.yml names.</summary>
    public FilePath? CurrentData { get; set; }

    /// <summary>
    /// True (default): a failed check (gates in validate, drift detected, parity not reached) throws a
    /// <see cref="TollgateCommandException"/> and fails the task. False: the alias returns the result with its verdict.
    /// Errors (exit code 2) and refused promotions always throw.
    /// </summary>
    public bool ThrowOnFailedCheck { get; set; } = true;

    /// <summary>Kept so existing scripts compile: the aliases always read the CLI's <c>--json</c> document and return it typed.</summary>
    [Obsolete("Results are always read from --json; use the alias's return value.")]
    public bool Json { get; set; }
}
