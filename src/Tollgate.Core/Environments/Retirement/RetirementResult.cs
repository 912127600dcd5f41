using Tollgate.Core.Environments.Audit;

namespace Tollgate.Core.Environments.Retirement;

/// <summary>What a retirement did: the record, deployments made inactive, tags removed, the package marker and the archive.</summary>
public sealed record RetirementResult
{
    /// <summary>The retired model version.</summary>
    public required ModelRef Model { get; init; }

    /// <summary>The audit record of the retirement (internal; serialized in <c>tollgate retire --json</c>).</summary>
    [System.Text.Json.Serialization.JsonInclude]
    internal AuditEntry Retirement { get; init; } = null!;
    /// <summary>False when the version was already retired (the clean-up steps ran again, nothing new was recorded).</summary>
    public bool Recorded { get; init; }

    /// <summary>Ids of the deployments of this version made inactive.</summary>
    public IReadOnlyList<string> InactivatedDeployments { get; init; } = [];

    /// <summary>Environments where the version was live; nothing is current there afterwards.</summary>
    public IReadOnlyList<string> EmptiedEnvironments { get; init; } = [];

    /// <summary>"LOCATION:TAG" of every environment tag removed from an OCI image layout.</summary>
    public IReadOnlyList<string> RemovedTags { get; init; } = [];

    /// <summary>Registry tags Tollgate could not delete (the distribution spec has no tag deletion).</summary>
    public IReadOnlyList<string> RegistryTagsLeft { get; init; } = [];

    /// <summary>The marker file written next to the version's package in the folder feed; null when there is no package.</summary>
    public string? PackageMarker { get; init; }

    /// <summary>The folder the version's manifest and gate reports were archived into.</summary>
    public required string ArchiveDir { get; init; }
}
