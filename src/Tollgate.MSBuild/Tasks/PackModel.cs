using Microsoft.Build.Utilities;

namespace Tollgate.MSBuild.Tasks;

/// <summary><c>tollgate pack</c>: the byte-identical NuGet package and OCI artifact of the trained model.</summary>
public sealed class PackModel : TollgateCliTask
{
    /// <inheritdoc />
    protected override string CommandName => "pack";

    /// <inheritdoc />
    protected override void AppendArguments(CommandLineBuilder builder)
    {
    }
}
