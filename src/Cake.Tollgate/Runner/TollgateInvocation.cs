using Cake.Core.IO;

namespace Cake.Tollgate.Runner;

/// <summary>How the CLI is started.</summary>
/// <param name="Executable">The program: <c>tollgate</c> itself, or the .NET host for the two cases below.</param>
/// <param name="CliAssembly">Set: run <c>dotnet exec CliAssembly</c> (an in-tree build).</param>
/// <param name="ViaToolManifest">True: run <c>dotnet tool run tollgate</c> (pinned in the repository's tool manifest).</param>
/// <param name="Source">Where the CLI was found, for logs and errors: CliAssemblyPath, ToolPath, #tool, the manifest, or PATH.</param>
public sealed record TollgateInvocation(FilePath Executable, FilePath? CliAssembly, bool ViaToolManifest, string Source);
