using System.Globalization;
using Octokit;
using Tollgate.Core.Environments.Audit;

namespace Tollgate.Core.Environments.GitHub;

/// <content>
/// Audit records written by Tollgate before they became deployment statuses: deployments with task <c>tollgate:audit</c>
/// (some in a <c>tollgate-audit</c> environment). Read, never written: history, approvals and retirements made then still count.
/// </content>
internal sealed partial class GitHubEnvironmentBackend
{
    /// <summary>Task of the audit-record deployments older versions wrote.</summary>
    public const string LegacyAuditTask = "tollgate:audit";

    private List<AuditEntry>? legacyAudit;

    private async Task<IReadOnlyList<AuditEntry>> ListLegacyAuditAsync(CancellationToken cancellationToken)
    {
        if (legacyAudit is not null)
        {
            return legacyAudit; // read once per command: nothing writes these any more
        }

        var uri = new Uri($"repos/{Escape(settings.Owner)}/{Escape(settings.Repository)}/deployments", UriKind.Relative);
        var all = await retry.RunAsync("list older audit records",
            async () => await api.GetAll<Deployment>(uri, new Dictionary<string, string> { ["task"] = LegacyAuditTask }, new ApiOptions { PageSize = PageSize }).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        legacyAudit = [.. all.Where(d => TollgatePayload.IsTollgate(d.Payload) && d.Payload.ContainsKey("kind")).Select(ToLegacyEntry)];
        return legacyAudit;
    }

    private static AuditEntry ToLegacyEntry(Deployment d) => new()
    {
        Kind = d.Payload["kind"],
        Model = new ModelRef(d.Payload["model"], d.Payload["version"], d.Payload["digest"]),
        Environment = TollgatePayload.Get(d.Payload, "environment"),
        Actor = new Actor(TollgatePayload.Get(d.Payload, "actor") ?? d.Creator?.Login ?? "unknown", TollgatePayload.Get(d.Payload, "run_url")),
        At = DateTimeOffset.TryParse(TollgatePayload.Get(d.Payload, "at"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : d.CreatedAt,
        Comment = TollgatePayload.Get(d.Payload, "comment"),
        Commit = d.Sha,
    };
}
