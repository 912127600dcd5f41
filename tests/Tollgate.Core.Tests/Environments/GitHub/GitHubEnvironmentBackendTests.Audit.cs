using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Audit;
using Tollgate.Core.Environments.GitHub;
using Tollgate.Core.Environments.Retirement;
using DeploymentState = Tollgate.Core.Environments.DeploymentState;

namespace Tollgate.Core.Tests.Environments.GitHub;

/// <summary>Approvals, retirements and the compare-and-swap on the GitHub backend.</summary>
public sealed partial class GitHubEnvironmentBackendTests
{
    private static TollgateConfig Policy(TempDir dir) => new()
    {
        BaseDirectory = dir.Path,
        Environments =
        [
            new EnvironmentSection { Name = "staging" },
            new EnvironmentSection { Name = "production", Approvals = new ApprovalsSection { Required = 1, Approvers = ["alice", "bob"] } },
        ],
    };

    private async Task<DeploymentRecord> LiveAsync(GitHubEnvironmentBackend backend, string environment, string digest = "sha256:ab12", string version = "1.2.0")
    {
        var d = await backend.CreateDeploymentAsync(github.Request(environment, digest, version), CancellationToken.None);
        return await backend.SetStatusAsync(d.Id, DeploymentState.Success, "live", CancellationToken.None);
    }

    [Test]
    public async Task Audit_records_are_statuses_on_the_digests_own_deployment_that_create_no_environment_and_keep_it_current()
    {
        // Arrange
        var backend = github.Backend();
        var live = await LiveAsync(backend, "staging");
        var environmentsBefore = github.Emulator.State.EnvironmentNames.ToList();
        var entry = new AuditEntry
        {
            Kind = AuditEntry.Approval, Model = live.Model, Environment = "production", Actor = new Actor("alice", "https://ci.example/runs/7"),
            At = DateTimeOffset.Parse("2026-01-02T03:04:05Z", System.Globalization.CultureInfo.InvariantCulture), Comment = "ship it | twice", Commit = live.Commit,
        };

        // Act
        var recorded = await backend.RecordAsync(entry, CancellationToken.None);
        var reader = github.Backend();
        var audit = await reader.ListAuditAsync(CancellationToken.None);

        // Assert: read back in another command; the time is GitHub's (the status's created_at)
        Assert.That(audit.Single(), Is.EqualTo(entry with { At = recorded.At }));
        Assert.That(github.Emulator.State.Deployments, Has.Count.EqualTo(1), "no deployment was created for the record");
        Assert.That(github.Emulator.State.EnvironmentNames, Is.EqualTo(environmentsBefore), "no environment was created");
        var current = await reader.GetCurrentAsync("staging", CancellationToken.None);
        Assert.That(current?.Id, Is.EqualTo(live.Id), "the record keeps its deployment's state");
        Assert.That(current!.Statuses.Select(s => s.State), Is.EqualTo(live.Statuses.Select(s => s.State)), "audit statuses are not state history");
        var raw = await github.RawClient().Repository.Deployment.Status.GetAll(github.Emulator.Options.Owner, github.Emulator.Options.Repository, long.Parse(live.Id, System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(raw.OrderBy(s => s.Id).Last().State.StringValue, Is.EqualTo("success"));
        Assert.That(raw.OrderBy(s => s.Id).Last().Description, Does.StartWith("tollgate:approval env=production by=alice"));
    }

    [Test]
    public async Task Audit_deployments_written_by_older_versions_are_still_read()
    {
        // Arrange: a retirement as Tollgate wrote it before, a tollgate:audit deployment in the tollgate-audit environment
        var backend = github.Backend();
        var live = await LiveAsync(backend, "staging");
        var payload = new Dictionary<string, string>
        {
            ["tollgate"] = "1", ["kind"] = "retirement", ["model"] = live.Model.Name, ["version"] = live.Model.Version, ["digest"] = live.Model.Digest,
            ["actor"] = "carol", ["at"] = "2025-05-06T07:08:09.0000000+00:00", ["comment"] = "old reason",
        };
        await github.RawClient().Repository.Deployment.Create(github.Emulator.Options.Owner, github.Emulator.Options.Repository,
            new Octokit.NewDeployment(github.Commit) { Environment = "tollgate-audit", Task = GitHubEnvironmentBackend.LegacyAuditTask, AutoMerge = false, RequiredContexts = [], Payload = payload });

        // Act
        var retirement = AuditTrails.RetirementOf(await github.Backend().ListAuditOfAsync(live.Model.Digest, CancellationToken.None), live.Model.Digest);

        // Assert
        Assert.That(retirement?.Comment, Is.EqualTo("old reason"));
        Assert.That(retirement!.Actor.User, Is.EqualTo("carol"));
        Assert.That(await github.Backend().ListDeploymentsAsync(null, CancellationToken.None), Has.Count.EqualTo(1), "audit deployments are not model deployments");
    }

    [Test]
    public async Task Approvals_gate_a_promotion_to_production()
    {
        // Arrange
        using var dir = new TempDir();
        var backend = github.Backend();
        var live = await LiveAsync(backend, "staging");
        var approvals = new ApprovalService(Policy(dir), backend);

        // Act
        var refused = await Assert.ThrowsAsync<CheckFailedException>(() => approvals.RequireAsync("production", live.Model, CancellationToken.None));
        await approvals.ApproveAsync(Tollgate.Core.Identity.ModelSpec.Parse("churn@1.2.0"), "production", new Actor("bob"), null, CancellationToken.None);
        var granted = await new ApprovalService(Policy(dir), github.Backend()).RequireAsync("production", live.Model, CancellationToken.None);

        // Assert
        Assert.That(refused!.Code, Is.EqualTo(ErrorCodes.ApprovalRequired));
        Assert.That(refused.Hint, Does.Contain("alice, bob"));
        Assert.That(granted!.Approvals.Single().Actor.User, Is.EqualTo("bob"));
    }

    [Test]
    public async Task A_deployment_overtaken_by_another_is_marked_failed_instead_of_superseding_it()
    {
        // Arrange
        var first = github.Backend();
        var second = github.Backend();
        var a = await first.CreateDeploymentAsync(github.Request("staging", "sha256:aa") with { ExpectedCurrentDeploymentId = DeploymentRequest.NoCurrent }, CancellationToken.None);
        var b = await second.CreateDeploymentAsync(github.Request("staging", "sha256:bb", "1.3.0") with { ExpectedCurrentDeploymentId = DeploymentRequest.NoCurrent }, CancellationToken.None);
        await first.SetStatusAsync(a.Id, DeploymentState.Success, "live", CancellationToken.None);

        // Act
        var ex = await Assert.ThrowsAsync<CheckFailedException>(() => second.SetStatusAsync(b.Id, DeploymentState.Success, "live", CancellationToken.None));
        var stale = await Assert.ThrowsAsync<CheckFailedException>(() => second.CreateDeploymentAsync(github.Request("staging", "sha256:cc", "1.4.0") with { ExpectedCurrentDeploymentId = DeploymentRequest.NoCurrent }, CancellationToken.None));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.PromotionRaceLost));
        Assert.That(ex.Message, Does.Contain($"deployment {a.Id}"));
        Assert.That(stale!.Code, Is.EqualTo(ErrorCodes.PromotionRaceLost));
        // A backend instance is one command's snapshot (request budget); the next command reads afresh.
        var all = await github.Backend().ListDeploymentsAsync("staging", CancellationToken.None);
        Assert.That(all.Single(d => d.Id == a.Id).State, Is.EqualTo(DeploymentState.Success));
        Assert.That(all.Single(d => d.Id == b.Id).State, Is.EqualTo(DeploymentState.Failure));
        Assert.That(all, Has.Count.EqualTo(2), "the stale create posted nothing");
    }

    [Test]
    public async Task Retirement_makes_deployments_inactive_and_blocks_the_version_on_GitHub_too()
    {
        // Arrange
        using var dir = new TempDir();
        var backend = github.Backend();
        await LiveAsync(backend, "staging", "sha256:aa", "1.0.0");
        var bad = await LiveAsync(backend, "staging", "sha256:bb", "1.1.0");

        // Act
        var result = await new RetirementService(Policy(dir), backend).RetireAsync(Tollgate.Core.Identity.ModelSpec.Parse("churn@1.1.0"), "leaks a feature", new Actor("carol"), CancellationToken.None);

        // Assert
        Assert.That(result.InactivatedDeployments, Is.EqualTo(new[] { bad.Id }));
        Assert.That(result.EmptiedEnvironments, Is.EqualTo(new[] { "staging" }));
        Assert.That(await github.Backend().GetCurrentAsync("staging", CancellationToken.None), Is.Null, "a retired version is no longer the desired state");
        Assert.That(AuditTrails.RetirementOf(await github.Backend().ListAuditAsync(CancellationToken.None), bad.Model.Digest)!.Comment, Is.EqualTo("leaks a feature"));
        Assert.That(github.Emulator.State.EnvironmentNames, Is.EqualTo(new[] { "staging" }), "no tollgate-audit environment");
        Assert.That(File.Exists(Path.Combine(result.ArchiveDir, "retirement.json")), Is.True);
    }
}
