using System.Globalization;
using Octokit;
using Tollgate.Core.Environments.Audit;

namespace Tollgate.Core.Environments.GitHub;

/// <summary>
/// The audit trail on GitHub: each approval or retirement is a deployment with task <c>tollgate:audit</c> and a
/// Tollgate payload, immediately marked inactive so it never counts as (or looks like) a live deployment. Deployments
/// are the one append-only, attributable record the token can already write; the contract's review APIs
/// (pending_deployments) need an Actions run id, which Tollgate outside a workflow does not have.
/// </summary>
public sealed partial class GitHubEnvironmentBackend : IAuditTrail
{
    /// <summary>Task of audit-record deployments; never listed as model deployments.</summary>
    public const string AuditTask = "tollgate:audit";

    /// <summary>Environment for records without one (retirements).</summary>
    public const string AuditEnvironment = "tollgate-audit";

    private List<AuditEntry>? auditCache;

    /// <inheritdoc />
    public async Task<AuditEntry> RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var payload = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [TollgatePayload.MarkerKey] = TollgatePayload.MarkerValue,
            ["kind"] = entry.Kind,
            ["model"] = entry.Model.Name,
            ["version"] = entry.Model.Version,
            ["digest"] = entry.Model.Digest,
            ["actor"] = entry.Actor.User,
            ["at"] = entry.At.ToString("O", CultureInfo.InvariantCulture),
        };
        Put(payload, "environment", entry.Environment);
        Put(payload, "comment", entry.Comment);
        Put(payload, "run_url", entry.Actor.RunUrl);
        var deployment = new NewDeployment(entry.Commit ?? throw new ArgumentException("A GitHub audit record needs the model's commit.", nameof(entry)))
        {
            Environment = entry.Environment ?? AuditEnvironment,
            Task = AuditTask,
            AutoMerge = false,
            RequiredContexts = [],
            Description = Trim($"{entry.Kind}: {entry.Model.Name}@{entry.Model.Version} by {entry.Actor.User}"),
            Payload = payload,
        };
        var created = await retry.RunAsync($"record the {entry.Kind} of {entry.Model.Name}@{entry.Model.Version}",
            () => writes.RunAsync(() => client.Repository.Deployment.Create(settings.Owner, settings.Repository, deployment), cancellationToken),
            cancellationToken).ConfigureAwait(false);
        await SetStatusCoreAsync(created, DeploymentState.Inactive, Trim($"Tollgate audit record ({entry.Kind})"), cancellationToken).ConfigureAwait(false);
        auditCache?.Insert(0, ToEntry(created));
        return ToEntry(created);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(CancellationToken cancellationToken)
    {
        if (auditCache is not null)
        {
            return [.. auditCache]; // read once per command; this command's own records are added as written
        }

        var uri = new Uri($"repos/{Escape(settings.Owner)}/{Escape(settings.Repository)}/deployments", UriKind.Relative);
        var all = await retry.RunAsync("list audit records",
            async () => await api.GetAll<Deployment>(uri, new Dictionary<string, string> { ["task"] = AuditTask }, new ApiOptions { PageSize = PageSize }).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        auditCache = [.. all.Where(d => TollgatePayload.IsTollgate(d.Payload) && d.Payload.ContainsKey("kind"))
            .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Select(ToEntry)];
        return [.. auditCache];
    }

    private static AuditEntry ToEntry(Deployment d) => new()
    {
        Kind = d.Payload["kind"],
        Model = new ModelRef(d.Payload["model"], d.Payload["version"], d.Payload["digest"]),
        Environment = TollgatePayload.Get(d.Payload, "environment"),
        Actor = new Actor(TollgatePayload.Get(d.Payload, "actor") ?? d.Creator?.Login ?? "unknown", TollgatePayload.Get(d.Payload, "run_url")),
        At = DateTimeOffset.TryParse(TollgatePayload.Get(d.Payload, "at"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : d.CreatedAt,
        Comment = TollgatePayload.Get(d.Payload, "comment"),
        Commit = d.Sha,
    };

    private static void Put(Dictionary<string, string> payload, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            payload[key] = value;
        }
    }
}
