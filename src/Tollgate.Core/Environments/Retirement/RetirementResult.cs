using Tollgate.Core.Environments.Audit;

namespace Tollgate.Core.Environments.Retirement;

/// <summary>What a retirement did: the record, deployments made inactive, tags removed, the package marker and the archive.</summary>
public sealed record RetirementResult
{
    public required ModelRef Model { get; init; }
    public required AuditEntry Retirement { get; init; }

    /// <summary>False when the version was already retired (the clean-up steps ran again, nothing new was recorded).</summary>
    public bool Recorded { get; init; }
    public IReadOnlyList<string> InactivatedDeployments { get; init; } = [];

    /// <summary>Environments where the version was live; nothing is current there afterwards.</summary>
    public IReadOnlyList<string> EmptiedEnvironments { get; init; } = [];

    /// <summary>"LOCATION:TAG" of every environment tag removed from an OCI image layout.</summary>
    public IReadOnlyList<string> RemovedTags { get; init; } = [];

    /// <summary>Registry tags Tollgate could not delete (the distribution spec has no tag deletion).</summary>
    public IReadOnlyList<string> RegistryTagsLeft { get; init; } = [];
    public string? PackageMarker { get; init; }
    public required string ArchiveDir { get; init; }
}
