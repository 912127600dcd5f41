using Microsoft.Build.Utilities;

namespace Tollgate.MSBuild.Tasks;

/// <summary><c>tollgate rollback -e ENV</c>: restores the last good (or a named) version.</summary>
public sealed class RollbackModel : EnvironmentCliTask
{
    /// <summary>Version to return to; empty: the last good version before the current one.</summary>
    public string? To { get; set; }

    /// <summary>Why (kept in the audit trail).</summary>
    public string? Reason { get; set; }

    /// <inheritdoc />
    protected override string CommandName => "rollback";

    /// <inheritdoc />
    protected override void AppendEnvironmentArguments(CommandLineBuilder builder)
    {
        builder.AppendSwitchIfNotNull("--to ", string.IsNullOrEmpty(To) ? null : To);
        builder.AppendSwitchIfNotNull("--reason ", string.IsNullOrEmpty(Reason) ? null : Reason);
    }
}
