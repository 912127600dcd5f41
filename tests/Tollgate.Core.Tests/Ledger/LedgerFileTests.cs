using Tollgate.Core.Environments;
using Tollgate.Core.Ledger;

namespace Tollgate.Core.Tests.Ledger;

public class LedgerFileTests
{
    private static DeploymentRequest Request(string env, string digest = "sha256:aa") => new()
    {
        Environment = env,
        Model = new ModelRef("m", "1.0.0", digest),
        Commit = "abc",
        Actor = new Actor("tester"),
    };

    [Test]
    public async Task Records_deployments_with_their_status_history()
    {
        // Arrange
        using var dir = new TempDir();
        var backend = new LocalEnvironmentBackend(new LedgerFile(Path.Combine(dir.Path, "ledger.jsonl")));

        // Act
        var created = await backend.CreateDeploymentAsync(Request("staging"), CancellationToken.None);
        await backend.SetStatusAsync(created.Id, DeploymentState.InProgress, null, CancellationToken.None);
        var done = await backend.SetStatusAsync(created.Id, DeploymentState.Success, "live", CancellationToken.None);

        // Assert
        Assert.That(done.Statuses.Select(s => s.State), Is.EqualTo(new[] { DeploymentState.Queued, DeploymentState.InProgress, DeploymentState.Success }));
        Assert.That(backend.Ledger.Verify(), Is.EqualTo(3));
    }

    [Test]
    public async Task Success_makes_the_previous_successful_deployment_inactive()
    {
        // Arrange
        using var dir = new TempDir();
        var backend = new LocalEnvironmentBackend(new LedgerFile(Path.Combine(dir.Path, "ledger.jsonl")));
        var first = await backend.CreateDeploymentAsync(Request("staging", "sha256:01"), CancellationToken.None);
        await backend.SetStatusAsync(first.Id, DeploymentState.Success, null, CancellationToken.None);
        var second = await backend.CreateDeploymentAsync(Request("staging", "sha256:02"), CancellationToken.None);

        // Act
        await backend.SetStatusAsync(second.Id, DeploymentState.Success, null, CancellationToken.None);
        var all = await backend.ListDeploymentsAsync("staging", CancellationToken.None);

        // Assert
        Assert.That(all.Single(d => d.Id == first.Id).State, Is.EqualTo(DeploymentState.Inactive));
        Assert.That(EnvironmentState.CurrentOf(all, "staging")!.Model.Digest, Is.EqualTo("sha256:02"));
    }

    [Test]
    public async Task Detects_a_hand_edited_record()
    {
        // Arrange
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "ledger.jsonl");
        var backend = new LocalEnvironmentBackend(new LedgerFile(path));
        var d = await backend.CreateDeploymentAsync(Request("staging"), CancellationToken.None);
        await backend.SetStatusAsync(d.Id, DeploymentState.Success, null, CancellationToken.None);

        // Act
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"user\":\"tester\"", "\"user\":\"mallory\""));

        // Assert
        var ex = Assert.Throws<TollgateException>(() => new LedgerFile(path).Verify());
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.LedgerCorrupt));
        Assert.That(ex.Message, Does.Contain("line 1"));
    }

    [Test]
    public void Detects_a_deleted_record_in_the_middle()
    {
        // Arrange
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "ledger.jsonl");
        var backend = new LocalEnvironmentBackend(new LedgerFile(path));
        for (var i = 0; i < 3; i++)
        {
            backend.CreateDeploymentAsync(Request("staging"), CancellationToken.None).GetAwaiter().GetResult();
        }

        // Act
        var lines = File.ReadAllLines(path);
        File.WriteAllLines(path, [lines[0], lines[2]]);

        // Assert
        var ex = Assert.Throws<TollgateException>(() => new LedgerFile(path).Verify());
        Assert.That(ex!.Message, Does.Contain("line 2"));
    }

    [Test]
    public void Concurrent_writers_never_lose_or_corrupt_records()
    {
        // Arrange: separate LedgerFile instances = separate file handles, like separate processes
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "ledger.jsonl");
        const int writers = 4, each = 15;

        // Act
        Parallel.For(0, writers, new ParallelOptions { MaxDegreeOfParallelism = writers }, w =>
        {
            var backend = new LocalEnvironmentBackend(new LedgerFile(path));
            for (var i = 0; i < each; i++)
            {
                backend.CreateDeploymentAsync(Request($"env{w}"), CancellationToken.None).GetAwaiter().GetResult();
            }
        });

        // Assert
        var ledger = new LedgerFile(path);
        Assert.That(ledger.Verify(), Is.EqualTo(writers * each));
        var ids = LedgerProjection.Deployments(ledger.ReadAll()).Select(d => d.Id).ToList();
        Assert.That(ids.Distinct().Count(), Is.EqualTo(writers * each));
    }
}
