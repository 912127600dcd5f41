using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Errors;

namespace Tollgate.Cli.Commands;

/// <summary>
/// Warns (TOLLGATE1501) when a model was trained outside git or from uncommitted changes: its lineage then
/// names no commit that reproduces it. Printed in canonical form so MSBuild and IDEs show a coded warning
/// that NoWarn / WarningsAsErrors control.
/// </summary>
internal static class TrainLineageWarning
{
    public static void Report(TollgateConfig config, ModelManifest manifest)
    {
        var lineage = manifest.Lineage;
        var problem = lineage.Commit == "unknown" ? "outside a git repository (or without git)"
            : lineage.Dirty ? $"from uncommitted changes on top of {lineage.Commit[..Math.Min(12, lineage.Commit.Length)]}"
            : null;
        if (problem is not null)
        {
            Console.Error.WriteLine(
                $"{config.Resolve(config.Model.Training)}: warning {ErrorCodes.TrainedWithoutCleanCommit}: model {manifest.Name} {manifest.Version} was trained {problem}; "
                + "its lineage names no commit that reproduces it. Commit the training spec and data, then train again.");
        }
    }
}
