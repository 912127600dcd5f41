namespace Tollgate.MSBuild.Tasks;

/// <summary><c>tollgate status [-e ENV]</c>: what runs where.</summary>
public sealed class ShowStatus : EnvironmentCliTask
{
    /// <inheritdoc />
    protected override bool EnvironmentRequired => false;

    /// <inheritdoc />
    protected override string CommandName => "status";
}
