namespace Cake.Tollgate.Runner;

/// <summary>
/// Codes the addin reports itself (the CLI reports everything else). Same values as Tollgate.Core's ErrorCodes, which
/// the addin cannot reference: Core's dependencies must not load into Cake. Each has a page under docs/errors/.
/// </summary>
public static class TollgateErrorCodes
{
    /// <summary>The CLI was not found by #tool, a local tool manifest or PATH.</summary>
    public const string CliNotFound = "TOLLGATE1550";

    /// <summary>The CLI's --json output could not be read (an older CLI than the addin, or not the tollgate CLI).</summary>
    public const string CliOutputUnreadable = "TOLLGATE1551";

    /// <summary>Nothing runs in the environment a fetch by environment asked for.</summary>
    public const string EnvironmentEmpty = "TOLLGATE1552";
}
