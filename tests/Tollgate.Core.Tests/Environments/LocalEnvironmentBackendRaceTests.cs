using Tollgate.Core.Environments;
using Tollgate.Core.Ledger;

namespace Tollgate.Core.Tests.Environments;

/// <summary>Two promoters with their own backend instances (as two processes would have) racing for one environment.</summary>
public class LocalEnvironmentBackendRaceTests
{
    private static DeploymentRequest Request(string digestChar, string? expected) => new()
    {
        Environment = "staging",
        Model = new ModelRef("m", digestChar == "a" ? "1.0.0" : "2.0.0", "sha256:" + new string(digestChar[0], 64)),
        Commit = "c0ffee",
        Actor = new Actor(digestChar == "a" ? "ann" : "ben"),
        ExpectedCurrentDeploymentId = expected,
    };

    [Test]
    public async Task The_second_promoter_to_finish_loses_and_its_deployment_is_marked_failed()
    {
        // Arrange
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "ledger.jsonl");
        var first = new LocalEnvironmentBackend(new LedgerFile(path));
        var second = new LocalEnvironmentBackend(new LedgerFile(path));
        var a = await first.CreateDeploymentAsync(Request("a", DeploymentRequest.NoCurrent), CancellationToken.None);
        var b = await second.CreateDeploymentAsync(Request("b", DeploymentRequest.NoCurrent), CancellationToken.None);
        await first.SetStatusAsync(a.Id, DeploymentState.Success, "live", CancellationToken.None);

        // Act
        var ex = await Assert.ThrowsAsync<CheckFailedException>(() => second.SetStatusAsync(b.Id, DeploymentState.Success, "live", CancellationToken.None));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.PromotionRaceLost));
        Assert.That(ex.Message, Does.Contain($"deployment {a.Id} (m 1.0.0, by ann)").And.Contain("did not take effect"));
        var all = await first.ListDeploymentsAsync("staging", CancellationToken.None);
        Assert.That(all.Single(d => d.Id == a.Id).State, Is.EqualTo(DeploymentState.Success), "the winner stays current");
        Assert.That(all.Single(d => d.Id == b.Id).State, Is.EqualTo(DeploymentState.Failure));
        Assert.That(new LedgerFile(path).Verify(), Is.EqualTo(4), "created a, created b, a success, b failure");
    }

    [Test]
    public async Task Creating_a_deployment_fails_when_the_environment_moved_since_it_was_read()
    {
        // Arrange
        using var dir = new TempDir();
        var backend = new LocalEnvironmentBackend(new LedgerFile(Path.Combine(dir.Path, "ledger.jsonl")));
        var a = await backend.CreateDeploymentAsync(Request("a", DeploymentRequest.NoCurrent), CancellationToken.None);
        await backend.SetStatusAsync(a.Id, DeploymentState.Success, "live", CancellationToken.None);

        // Act
        var ex = await Assert.ThrowsAsync<CheckFailedException>(() => backend.CreateDeploymentAsync(Request("b", DeploymentRequest.NoCurrent), CancellationToken.None));
        var fresh = await backend.CreateDeploymentAsync(Request("b", a.Id), CancellationToken.None);

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.PromotionRaceLost));
        Assert.That(fresh.Id, Is.EqualTo("2"), "the losing attempt appended nothing");
    }

    [Test]
    public async Task Concurrent_promoters_never_leave_two_deployments_current()
    {
        // Arrange
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "ledger.jsonl");
        async Task<string> Promote(string c)
        {
            var backend = new LocalEnvironmentBackend(new LedgerFile(path));
            var seen = EnvironmentState.CurrentOf(await backend.ListDeploymentsAsync(null, CancellationToken.None), "staging");
            var d = await backend.CreateDeploymentAsync(Request(c, seen?.Id ?? DeploymentRequest.NoCurrent), CancellationToken.None);
            await backend.SetStatusAsync(d.Id, DeploymentState.Success, "live", CancellationToken.None);
            return d.Id;
        }

        // Act
        var outcomes = await Task.WhenAll(new[] { "a", "b", "a", "b" }.Select(c => Task.Run(async () =>
        {
            try
            {
                return await Promote(c);
            }
            catch (CheckFailedException ex) when (ex.Code == ErrorCodes.PromotionRaceLost)
            {
                return "lost";
            }
        })));

        // Assert
        var all = await new LocalEnvironmentBackend(new LedgerFile(path)).ListDeploymentsAsync("staging", CancellationToken.None);
        Assert.That(all.Count(d => d.State == DeploymentState.Success), Is.EqualTo(1));
        var winners = outcomes.Where(o => o != "lost").ToList();
        Assert.That(winners, Is.Not.Empty);
        Assert.That(all.Where(d => d.State is DeploymentState.Success or DeploymentState.Inactive).Select(d => d.Id), Is.EquivalentTo(winners), "every success was a winner");
        Assert.That(all.Where(d => d.State is not (DeploymentState.Success or DeploymentState.Inactive)).Select(d => d.State), Is.All.EqualTo(DeploymentState.Failure), "losers that had created a deployment mark it failed");
    }
}
