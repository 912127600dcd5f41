using System.Text.Json;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Audit;
using Tollgate.Core.Environments.Rollout;
using Tollgate.Core.Ledger;
using Tollgate.Core.Util;
using static Tollgate.Core.Tests.Ledger.LedgerHistoryFixture;

namespace Tollgate.Core.Tests.Ledger;

/// <summary>The checkpoint holds the bounded live state; whatever happens to it, commands see what a fold of the whole file gives.</summary>
public class LedgerLiveStateTests
{
    private static string Json(LedgerState state) => JsonSerializer.Serialize(state, JsonDefaults.Compact);

    private static string Truth(string path) => Json(LedgerState.Fold(new LedgerFile(path).ReadAll()));

    private static string LongLedger(TempDir dir, int events)
    {
        var path = Path.Combine(dir.Path, "ledger.jsonl");
        Write(path, events);
        new LedgerFile(path).ReadState(); // as the first command after it would: writes the checkpoint
        return path;
    }

    [Test]
    public async Task Commands_on_a_long_ledger_see_the_same_live_state_as_a_fold_of_the_whole_file()
    {
        // Arrange
        using var dir = new TempDir();
        var path = LongLedger(dir, 3000);
        var backend = new LocalEnvironmentBackend(new LedgerFile(path));
        var production = (await backend.GetCurrentAsync("production", CancellationToken.None))!;

        // Act: a promotion, an approval and a status on a deployment the live state dropped long ago, each from a fresh instance
        var created = await backend.CreateDeploymentAsync(Request("production", new ModelRef("m", "9.0.0", Digest(9000)), production.Id), CancellationToken.None);
        await new LocalEnvironmentBackend(new LedgerFile(path)).SetStatusAsync(created.Id, DeploymentState.Success, "live", CancellationToken.None);
        var afterPromotion = (Json(new LedgerFile(path).ReadState()), Truth(path));
        await new LocalEnvironmentBackend(new LedgerFile(path)).RecordAsync(new AuditEntry { Kind = AuditEntry.Approval, Model = new ModelRef("m", "9.0.1", Digest(9001)), Environment = "production", Actor = new Actor("ann"), At = DateTimeOffset.UtcNow }, CancellationToken.None);
        var revived = await new LocalEnvironmentBackend(new LedgerFile(path)).SetStatusAsync("2", DeploymentState.Error, "found broken", CancellationToken.None);

        // Assert
        Assert.That(afterPromotion.Item1, Is.EqualTo(afterPromotion.Item2));
        Assert.That(Json(new LedgerFile(path).ReadState()), Is.EqualTo(Truth(path)));
        Assert.That((await backend.GetCurrentAsync("production", CancellationToken.None))!.Id, Is.EqualTo(created.Id));
        Assert.That(revived.State, Is.EqualTo(DeploymentState.Error), "an old deployment is found in the history");
        Assert.That(new LedgerFile(path).ReadState().DeploymentsTrimmed, Is.True, "3000 events hold more than the live state keeps");
    }

    [Test]
    public void The_checkpoint_stays_the_same_small_size_from_5000_to_50000_events()
    {
        // Arrange
        using var small = new TempDir();
        using var large = new TempDir();

        // Act
        var smallSize = new FileInfo(new LedgerFile(LongLedger(small, 5_000)).CheckpointPath).Length;
        var largePath = LongLedger(large, 50_000);
        var largeSize = new FileInfo(new LedgerFile(largePath).CheckpointPath).Length;

        // Assert: a size bound, not a time
        Assert.That(largeSize, Is.LessThan(96 * 1024), "live deployments, the newest audit entries and a 4 KB filter");
        Assert.That(largeSize, Is.LessThanOrEqualTo(smallSize * 11 / 10), $"5,000 events: {smallSize} bytes; 50,000: {largeSize} bytes");
        Assert.That(new FileInfo(largePath).Length, Is.GreaterThan(largeSize * 100));
        Assert.That(Json(new LedgerFile(largePath).ReadState()), Is.EqualTo(Truth(largePath)));
    }

    [TestCase("edited state")]
    [TestCase("missing")]
    [TestCase("truncated")]
    [TestCase("stale")]
    [TestCase("another ledger's")]
    public async Task A_checkpoint_that_is_not_this_ledgers_live_state_is_not_trusted(string damage)
    {
        // Arrange
        using var dir = new TempDir();
        using var other = new TempDir();
        var path = LongLedger(dir, 2000);
        var checkpoint = new LedgerFile(path).CheckpointPath;
        var old = File.ReadAllText(checkpoint);
        var backend = new LocalEnvironmentBackend(new LedgerFile(path));
        var current = await backend.GetCurrentAsync("staging", CancellationToken.None);
        var sandbox = await backend.GetCurrentAsync("sandbox", CancellationToken.None);
        await backend.CreateDeploymentAsync(Request("sandbox", new ModelRef("m", "7.0.0", Digest(7000)), sandbox!.Id), CancellationToken.None);
        var text = File.ReadAllText(checkpoint);
        var foreign = LongLedger(other, 2100);
        File.WriteAllText(checkpoint, damage switch
        {
            // The current staging deployment claims another model: a hand edit that keeps the seal as it was.
            "edited state" => text.Replace(current!.Model.Digest, Digest(123456), StringComparison.Ordinal),
            "truncated" => text[..(text.Length / 2)],
            "stale" => old,
            "another ledger's" => File.ReadAllText(new LedgerFile(foreign).CheckpointPath),
            _ => text,
        });
        if (damage == "missing")
        {
            File.Delete(checkpoint);
        }

        // Act
        var state = new LedgerFile(path).ReadState();
        var staging = await new LocalEnvironmentBackend(new LedgerFile(path)).GetCurrentAsync("staging", CancellationToken.None);

        // Assert
        Assert.That(Json(state), Is.EqualTo(Truth(path)));
        Assert.That(staging!.Model.Digest, Is.EqualTo(current!.Model.Digest), "status is what the ledger says");
        Assert.That(File.ReadAllText(checkpoint), Does.Not.Contain(Digest(123456)), "the checkpoint is rewritten");
        Assert.That(Json(new LedgerFile(path).ReadState()), Is.EqualTo(Truth(path)));
    }

    [Test]
    public void A_status_appended_for_a_dropped_deployment_is_applied_from_a_fold_of_the_whole_file()
    {
        // Arrange: deployment 1 went inactive long ago, so the live state dropped it
        using var dir = new TempDir();
        var path = LongLedger(dir, 2000);
        Assert.That(new LedgerFile(path).ReadState().Find("1"), Is.Null);

        // Act: another tool appends a status for it after the checkpoint
        new LedgerFile(path).Append(_ => [new LedgerEvent { Seq = 0, Prev = "", Type = LedgerEvent.Status, At = DateTimeOffset.UtcNow, DeploymentId = "1", State = DeploymentState.Success }]);
        var state = new LedgerFile(path).ReadState();

        // Assert
        Assert.That(state.Find("1")?.State, Is.EqualTo(DeploymentState.Success));
        Assert.That(Json(state), Is.EqualTo(Truth(path)));
    }

    [Test]
    public async Task Audit_questions_about_trimmed_entries_are_answered_from_the_whole_ledger()
    {
        // Arrange: 3000 events hold ~75 approvals and ~33 retirements; the first approval is older than the live state keeps
        using var dir = new TempDir();
        var path = LongLedger(dir, 3000);
        var backend = new LocalEnvironmentBackend(new LedgerFile(path));
        var all = await backend.ListAuditAsync(CancellationToken.None);

        // Act
        var first = await backend.ListAuditOfAsync(Digest(5), CancellationToken.None);
        var recent = await backend.ListAuditOfAsync(all[0].Model.Digest, CancellationToken.None);
        var retirements = await backend.ListRetirementsAsync(CancellationToken.None);

        // Assert
        Assert.That(new LedgerFile(path).ReadState().Audit.Count, Is.LessThan(all.Count));
        Assert.That(first.Select(a => a.Kind), Is.EqualTo(new[] { AuditEntry.Approval }));
        Assert.That(recent, Is.Not.Empty);
        Assert.That(retirements, Is.EqualTo(all.Where(a => a.Kind == AuditEntry.Retirement).ToList()));
        Assert.That(await backend.ListAuditOfAsync(Digest(99_999), CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task Rollback_reaches_a_version_older_than_the_live_state_keeps()
    {
        // Arrange: staging saw ~300 versions; the live state keeps its last 10
        using var dir = new TempDir();
        var path = LongLedger(dir, 3000);
        var backend = new LocalEnvironmentBackend(new LedgerFile(path));
        var history = await DeploymentHistory.ListAsync(backend, "staging", CancellationToken.None);
        var oldest = history.Last(d => d.SucceededAt is not null && !((IAuditTrail)backend).ListRetirementsAsync(CancellationToken.None).Result.Any(r => r.Model.Digest == d.Model.Digest));
        var live = await backend.ListDeploymentsAsync("staging", CancellationToken.None);
        Assert.That(live.Any(d => d.Id == oldest.Id), Is.False);

        // Act
        var back = await new RollbackService(backend).RollbackAsync("staging", null, "bad metrics", CancellationToken.None);
        var far = await new RollbackService(new LocalEnvironmentBackend(new LedgerFile(path))).RollbackAsync("staging", oldest.Model.Version, "audit", CancellationToken.None);

        // Assert
        Assert.That(back.Deployment.Model.Digest, Is.Not.EqualTo(history.First(d => d.State == DeploymentState.Success).Model.Digest));
        Assert.That(far.Deployment.Model.Digest, Is.EqualTo(oldest.Model.Digest));
        Assert.That(Json(new LedgerFile(path).ReadState()), Is.EqualTo(Truth(path)));
    }
}
