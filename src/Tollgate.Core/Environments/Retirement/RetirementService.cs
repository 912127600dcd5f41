using Tollgate.Core.Config;
using Tollgate.Core.Environments.Audit;
using Tollgate.Core.Identity;
using Tollgate.Core.Oci;
using Tollgate.Core.Packaging;

namespace Tollgate.Core.Environments.Retirement;

/// <summary>
/// Retires NAME@VERSION: records the retirement first (so no promotion slips in), then makes its deployments inactive,
/// removes environment tags pointing at it from OCI image layouts, marks its package in the folder feed and archives
/// its manifest and gate reports. Every step is idempotent, so re-running a retirement that died half-way completes it.
/// </summary>
public sealed class RetirementService
{
    private readonly TollgateConfig config;
    private readonly IEnvironmentBackend backend;
    private readonly IProgress<string>? progress;

    /// <summary>A retirement service over the backend <paramref name="config"/> names (<c>backend:</c> in tollgate.yml).</summary>
    /// <param name="config">The loaded tollgate.yml.</param>
    /// <param name="progress">Receives progress lines; null discards them.</param>
    public RetirementService(TollgateConfig config, IProgress<string>? progress = null)
        : this(config, BackendFactory.Create(config ?? throw new ArgumentNullException(nameof(config))), progress)
    {
    }

    internal RetirementService(TollgateConfig config, IEnvironmentBackend backend, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(backend);
        (this.config, this.backend, this.progress) = (config, backend, progress);
    }

    /// <summary>Retires the deployed version <paramref name="spec"/> names; re-running a retirement completes it.</summary>
    /// <param name="spec">NAME@VERSION (or NAME@sha256:DIGEST) of a version the backend has deployed.</param>
    /// <param name="reason">Why, recorded in the audit trail and on the inactivated deployments.</param>
    /// <param name="actor">Who retires it (e.g. <see cref="Actor.FromEnvironment"/>).</param>
    /// <param name="ct">Cancels the retirement.</param>
    /// <returns>What was recorded, made inactive, untagged, marked and archived.</returns>
    public async Task<RetirementResult> RetireAsync(Identity.ModelSpec spec, string reason, Actor actor, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var trail = AuditTrails.Of(backend);
        var all = await DeploymentHistory.ListAsync(backend, null, ct);
        var model = DeployedVersions.Require(all, spec, "retire");
        var mine = all.Where(d => d.Model.Digest == model.Model.Digest).ToList();
        var live = config.Environments.Select(e => e.Name).Where(e => EnvironmentState.CurrentOf(all, e, model.Model.Name)?.Model.Digest == model.Model.Digest).ToList();
        if (live.Count > 0)
        {
            // Retiring a live version is allowed (a bad model must be withdrawable), but the environment is left empty: say so.
            progress?.Report($"  ! {model.Model.Name} {model.Model.Version} is live in {string.Join(", ", live)}; after retirement nothing is current there until you promote or roll back.");
        }

        var existing = AuditTrails.RetirementOf(await trail.ListAuditOfAsync(model.Model.Digest, ct), model.Model.Digest);
        var retirement = existing ?? await trail.RecordAsync(new AuditEntry
        {
            Kind = AuditEntry.Retirement, Model = model.Model, Actor = actor, At = DateTimeOffset.UtcNow, Comment = reason, Commit = model.Commit,
        }, ct);

        var inactivated = new List<string>();
        foreach (var d in mine.Where(d => d.State != DeploymentState.Inactive))
        {
            await backend.SetStatusAsync(d.Id, DeploymentState.Inactive, $"retired: {reason}", ct);
            inactivated.Add(d.Id);
        }

        var (removed, left) = RemoveEnvironmentTags(mine);
        var marker = RetiredPackageMarker.Write(config.Resolve(config.Package.Feed), model.Model.Digest, retirement);
        var after = (await DeploymentHistory.ListAsync(backend, null, ct)).Where(d => d.Model.Digest == model.Model.Digest).ToList();
        var archive = RetirementArchive.Write(config, model.Model, retirement, after);
        progress?.Report($"{model.Model.Name} {model.Model.Version} retired: {inactivated.Count} deployment(s) inactive, {removed.Count} OCI tag(s) removed, archive {archive}.");
        return new RetirementResult
        {
            Model = model.Model, Retirement = retirement, Recorded = existing is null, InactivatedDeployments = inactivated,
            RemovedTags = removed, RegistryTagsLeft = left, PackageMarker = marker, ArchiveDir = archive, EmptiedEnvironments = live,
        };
    }

    private (List<string> Removed, List<string> Left) RemoveEnvironmentTags(IEnumerable<DeploymentRecord> deployments)
    {
        var environments = config.Environments.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var removed = new List<string>();
        var left = new List<string>();
        foreach (var reference in deployments.SelectMany(d => EnvironmentTagger.PinnedOci(config, d)).DistinctBy(r => r.ToString()))
        {
            if (reference.Kind == ArtifactReferenceKind.OciLayout)
            {
                if (File.Exists(Path.Combine(reference.Location, "index.json")))
                {
                    removed.AddRange(new OciLayout(reference.Location).RemoveTags(reference.Digest!, environments).Select(t => $"{reference.Location}:{t}"));
                }
            }
            else
            {
                // Tag deletion is optional in the distribution spec and many registries refuse it; a later promotion moves the tag instead.
                left.Add(reference.ToString());
                progress?.Report($"  ! registry tags of {reference} are left in place (tag deletion is optional in the OCI distribution spec; the next promotion moves them).");
            }
        }

        return (removed, left);
    }
}
