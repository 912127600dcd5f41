using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Tollgate.Runner;

/// <summary>Settings shared by every Tollgate alias.</summary>
public sealed class TollgateSettings : ToolSettings
{
    /// <summary>Path to <c>tollgate.yml</c>; default: found upward from the working directory.</summary>
    public FilePath? ConfigFile { get; set; }

    /// <summary>
    /// Path to <c>Tollgate.Cli.dll</c>; when set, the CLI runs as <c>dotnet exec</c> of it (an in-tree build)
    /// instead of the <c>tollgate</c> tool found on the PATH or by <c>#tool</c>.
    /// </summary>
    public FilePath? CliAssemblyPath { get; set; }

    /// <summary>Artifact folder (default: model.output from tollgate.yml).</summary>
    public DirectoryPath? Artifact { get; set; }

    /// <summary>Current data (recent production traffic) for drift gates, instead of the file tollgate.yml names.</summary>
    public FilePath? CurrentData { get; set; }

    /// <summary>Ask the CLI for JSON on stdout.</summary>
    public bool Json { get; set; }
}
