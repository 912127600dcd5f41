using System.Globalization;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Audit;
using Tollgate.Core.Ledger;

namespace Tollgate.Core.Tests.Ledger;

/// <summary>
/// Writes a long, realistic ledger in one append: three environments, each new version going live and superseding the
/// last, some failed rollouts, an approval every few deployments and a retirement now and then.
/// </summary>
internal static class LedgerHistoryFixture
{
    public static readonly string[] Environments = ["sandbox", "staging", "production"];

    public static string Digest(int version) => "sha256:" + version.ToString("x64", CultureInfo.InvariantCulture);

    public static string Version(int version) => $"1.0.{version}";

    /// <summary>Appends about <paramref name="count"/> events; returns the number written.</summary>
    public static long Write(string path, int count)
    {
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var events = new List<LedgerEvent>();
        var live = new Dictionary<string, string>();
        var id = 0;
        while (events.Count < count)
        {
            id++;
            var name = id.ToString(CultureInfo.InvariantCulture);
            var env = Environments[id % Environments.Length];
            var model = new ModelRef("m", Version(id), Digest(id));
            at = at.AddMinutes(1);
            events.Add(new() { Seq = 0, Prev = "", Type = LedgerEvent.Created, At = at, DeploymentId = name, Request = Request(env, model, live.GetValueOrDefault(env)) });
            events.Add(Status(name, DeploymentState.InProgress, at));
            if (id % 7 == 0)
            {
                events.Add(Status(name, DeploymentState.Failure, at));
                continue;
            }

            events.Add(Status(name, DeploymentState.Success, at));
            if (live.TryGetValue(env, out var previous))
            {
                events.Add(Status(previous, DeploymentState.Inactive, at));
            }

            live[env] = name;
            if (id % 5 == 0)
            {
                events.Add(Audit(AuditEntry.Approval, model, "production", at));
            }

            if (id % 11 == 0)
            {
                events.Add(Audit(AuditEntry.Retirement, new ModelRef("m", Version(id - 3), Digest(id - 3)), null, at));
            }
        }

        new LedgerFile(path).Append(_ => events);
        return events.Count;
    }

    public static DeploymentRequest Request(string env, ModelRef model, string? expected) => new()
    {
        Environment = env,
        Model = model,
        Commit = "c0ffee",
        Actor = new Actor("fixture"),
        ExpectedCurrentDeploymentId = expected ?? DeploymentRequest.NoCurrent,
    };

    private static LedgerEvent Status(string id, DeploymentState state, DateTimeOffset at) =>
        new() { Seq = 0, Prev = "", Type = LedgerEvent.Status, At = at, DeploymentId = id, State = state };

    private static LedgerEvent Audit(string kind, ModelRef model, string? env, DateTimeOffset at) =>
        new() { Seq = 0, Prev = "", Type = LedgerEvent.AuditRecord, At = at, DeploymentId = "", Audit = new AuditEntry { Kind = kind, Model = model, Environment = env, Actor = new Actor("ann"), At = at } };
}
