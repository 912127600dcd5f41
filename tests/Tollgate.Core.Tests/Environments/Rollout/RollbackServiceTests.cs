using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Rollout;
using Tollgate.Core.Ledger;

namespace Tollgate.Core.Tests.Environments.Rollout;

/// <summary>Rollback is a promotion: compare-and-swap, resumable and idempotent (on the real local ledger).</summary>
public class RollbackServiceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static ModelRef Model(char c, string version) => new("m", version, "sha256:" + new string(c, 64));

    /// <summary>Records a deployment of <paramref name="model"/> in sandbox and makes it current.</summary>
    private static async Task<DeploymentRecord> Live(IEnvironmentBackend backend, ModelRef model, string strategy = "direct")
    {
        var created = await backend.CreateDeploymentAsync(Request(model, strategy), None);
        return await backend.SetStatusAsync(created.Id, DeploymentState.Success, "live", None);
    }

    private static DeploymentRequest Request(ModelRef model, string strategy, string? expected = null) => new()
    {
        Environment = "sandbox", Model = model, Commit = "c0ffee", Actor = new Actor("ann"), Strategy = strategy, Description = $"deploy {model.Version}",
        ExpectedCurrentDeploymentId = expected,
    };

    private static LocalEnvironmentBackend Backend(TempDir dir) => new(new LedgerFile(Path.Combine(dir.Path, "ledger.jsonl")));

    [Test]
    public async Task A_re_run_after_a_finished_rollback_changes_nothing()
    {
        // Arrange
        using var dir = new TempDir();
        var backend = Backend(dir);
        await Live(backend, Model('a', "1.0.0"));
        await Live(backend, Model('b', "1.0.1"));
        var first = await new RollbackService(backend).RollbackAsync("sandbox", null, "bad", None);

        // Act
        var again = await new RollbackService(backend).RollbackAsync("sandbox", null, "bad", None);

        // Assert
        Assert.That(first.Outcome, Is.EqualTo(RollbackResult.RolledBack));
        Assert.That(again.Outcome, Is.EqualTo(RollbackResult.AlreadyCurrent));
        Assert.That(again.Deployment.Id, Is.EqualTo(first.Deployment.Id));
        Assert.That((await backend.ListDeploymentsAsync("sandbox", None)).Count, Is.EqualTo(3), "no second rollback deployment");
    }

    [Test]
    public async Task A_rollback_left_in_progress_by_a_killed_run_is_completed_not_duplicated()
    {
        // Arrange: the killed run created its deployment and set it in progress
        using var dir = new TempDir();
        var backend = Backend(dir);
        var good = await Live(backend, Model('a', "1.0.0"));
        var bad = await Live(backend, Model('b', "1.0.1"));
        var half = await backend.CreateDeploymentAsync(Request(good.Model, RollbackService.Strategy, bad.Id), None);
        await backend.SetStatusAsync(half.Id, DeploymentState.InProgress, "rollback", None);

        // Act
        var result = await new RollbackService(backend).RollbackAsync("sandbox", null, "bad", None);

        // Assert
        Assert.That(result.Outcome, Is.EqualTo(RollbackResult.Resumed));
        Assert.That(result.Deployment.Id, Is.EqualTo(half.Id));
        var all = await backend.ListDeploymentsAsync("sandbox", None);
        Assert.That(all, Has.Count.EqualTo(3));
        Assert.That(EnvironmentState.CurrentOf(all, "sandbox")!.Model, Is.EqualTo(good.Model));
    }

    [Test]
    public async Task A_rollback_loses_cleanly_to_a_version_that_went_live_after_it_read_the_environment()
    {
        // Arrange: another promoter makes 1.0.2 live between the rollback's read and its write
        using var dir = new TempDir();
        var backend = Backend(dir);
        await Live(backend, Model('a', "1.0.0"));
        await Live(backend, Model('b', "1.0.1"));
        var racing = new InterleavingBackend(backend, () => Live(backend, Model('c', "1.0.2")));

        // Act
        var ex = await Assert.ThrowsAsync<CheckFailedException>(() => new RollbackService(racing).RollbackAsync("sandbox", null, "bad", None));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.PromotionRaceLost));
        var current = EnvironmentState.CurrentOf(await backend.ListDeploymentsAsync("sandbox", None), "sandbox")!;
        Assert.That(current.Model.Version, Is.EqualTo("1.0.2"), "the version that went live first stays live");
    }

    /// <summary>The real backend, with another writer's action run right before the first deployment is created.</summary>
    private sealed class InterleavingBackend(IEnvironmentBackend inner, Func<Task> before) : IEnvironmentBackend
    {
        private Func<Task>? pending = before;

        public string Kind => inner.Kind;

        public Task<IReadOnlyList<DeploymentRecord>> ListDeploymentsAsync(string? environment, CancellationToken cancellationToken) => inner.ListDeploymentsAsync(environment, cancellationToken);

        public async Task<DeploymentRecord> CreateDeploymentAsync(DeploymentRequest request, CancellationToken cancellationToken)
        {
            if (Interlocked.Exchange(ref pending, null) is { } action)
            {
                await action();
            }

            return await inner.CreateDeploymentAsync(request, cancellationToken);
        }

        public Task<DeploymentRecord> SetStatusAsync(string deploymentId, DeploymentState state, string? description, CancellationToken cancellationToken) =>
            inner.SetStatusAsync(deploymentId, state, description, cancellationToken);
    }
}
