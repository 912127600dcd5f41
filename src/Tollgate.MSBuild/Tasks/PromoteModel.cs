using Microsoft.Build.Utilities;

namespace Tollgate.MSBuild.Tasks;

/// <summary><c>tollgate promote -e ENV</c>: gates, approvals and rollout of the artifact's digest.</summary>
public sealed class PromoteModel : EnvironmentCliTask
{
    /// <summary>Current data for drift gates instead of the file tollgate.yml names.</summary>
    public string? CurrentData { get; set; }

    /// <summary>Override the environment's rollout strategy (direct, canary, blue-green, shadow).</summary>
    public string? Strategy { get; set; }

    /// <inheritdoc />
    protected override string CommandName => "promote";

    /// <inheritdoc />
    protected override void AppendEnvironmentArguments(CommandLineBuilder builder)
    {
        builder.AppendSwitchIfNotNull("--current ", string.IsNullOrEmpty(CurrentData) ? null : CurrentData);
        builder.AppendSwitchIfNotNull("--strategy ", string.IsNullOrEmpty(Strategy) ? null : Strategy);
    }
}
