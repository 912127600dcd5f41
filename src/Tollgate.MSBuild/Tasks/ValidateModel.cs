using Microsoft.Build.Utilities;

namespace Tollgate.MSBuild.Tasks;

/// <summary><c>tollgate validate -e ENV</c>: runs the environment's gates and writes the gate reports.</summary>
public sealed class ValidateModel : EnvironmentCliTask
{
    /// <summary>Current data for drift gates instead of the file tollgate.yml names.</summary>
    public string? CurrentData { get; set; }

    /// <inheritdoc />
    protected override string CommandName => "validate";

    /// <inheritdoc />
    protected override void AppendEnvironmentArguments(CommandLineBuilder builder) =>
        builder.AppendSwitchIfNotNull("--current ", string.IsNullOrEmpty(CurrentData) ? null : CurrentData);
}
