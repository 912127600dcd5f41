namespace Cake.Tollgate.Environments;

/// <summary>What a retirement did (<c>tollgate retire --json</c>).</summary>
/// <param name="Model">The retired version.</param>
/// <param name="Recorded">False when it was already retired (only the clean-up ran again).</param>
/// <param name="InactivatedDeployments">Deployments set inactive.</param>
/// <param name="EmptiedEnvironments">Environments where it was live and where nothing is current now.</param>
/// <param name="RemovedTags">OCI layout tags removed, <c>LOCATION:TAG</c>.</param>
/// <param name="ArchiveDir">Where the manifest, reports and retirement.json were archived.</param>
public sealed record TollgateRetireResult(
    TollgateModel Model, bool Recorded, IReadOnlyList<string> InactivatedDeployments, IReadOnlyList<string> EmptiedEnvironments, IReadOnlyList<string> RemovedTags, string ArchiveDir);
