namespace Cake.Tollgate.Pipeline;

/// <summary>What a promotion (or rollback) did (<c>tollgate promote --json</c>, <c>tollgate rollback --json</c>).</summary>
/// <param name="Outcome"><c>promoted</c>, <c>already-current</c> (nothing changed), <c>resumed</c> (a crashed run completed) or <c>rolled-back</c>.</param>
/// <param name="Deployment">The deployment now live in the environment.</param>
/// <param name="Report">gate-report.json of this promotion; null when nothing ran (already current, rollback).</param>
public sealed record TollgatePromoteResult(string Outcome, TollgateDeployment Deployment, string? Report)
{
    /// <summary><see cref="Outcome"/> for a new deployment.</summary>
    public const string Promoted = "promoted";

    /// <summary><see cref="Outcome"/> when the digest already ran there: nothing changed.</summary>
    public const string AlreadyCurrent = "already-current";

    /// <summary><see cref="Outcome"/> when a promotion that died half-way was completed.</summary>
    public const string Resumed = "resumed";

    /// <summary><see cref="Outcome"/> of a rollback.</summary>
    public const string RolledBack = "rolled-back";

    /// <summary>True when this call changed the environment.</summary>
    public bool Changed => Outcome != AlreadyCurrent;
}
