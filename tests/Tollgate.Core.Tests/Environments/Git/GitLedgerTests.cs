using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Git;

namespace Tollgate.Core.Tests.Environments.Git;

/// <summary>The git-backed ledger against real git: a bare remote over file:// and over git daemon on loopback.</summary>
[NonParallelizable]
public class GitLedgerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static LocalEnvironmentBackend Agent(string clone) => new(new GitLedger(new GitLedgerSettings(clone, "origin", GitLedgerSettings.DefaultRef)));

    private static DeploymentRequest Request(int n, string? expected) => new()
    {
        Environment = "staging",
        Model = new ModelRef("m", $"1.0.{n}", "sha256:" + n.ToString("x64", System.Globalization.CultureInfo.InvariantCulture)),
        Commit = "c0ffee",
        Actor = new Actor($"agent{n}"),
        ExpectedCurrentDeploymentId = expected,
    };

    [Test]
    public async Task Events_appended_in_one_clone_are_read_in_another_and_no_branch_or_work_tree_changes()
    {
        // Arrange
        using var remote = new GitRemote();
        var (a, b) = (remote.Clone("a"), remote.Clone("b"));
        var mainBefore = GitRemote.Run(a, "rev-parse", "origin/main");

        // Act
        var created = await Agent(a).CreateDeploymentAsync(Request(1, DeploymentRequest.NoCurrent), None);
        await Agent(a).SetStatusAsync(created.Id, DeploymentState.Success, "live", None);
        var seen = await Agent(b).ListDeploymentsAsync("staging", None);

        // Assert
        Assert.That(seen.Single().State, Is.EqualTo(DeploymentState.Success));
        Assert.That(new GitLedger(new GitLedgerSettings(b, "origin", GitLedgerSettings.DefaultRef)).Verify(), Is.EqualTo(2));
        Assert.That(remote.RemoteRefs(), Is.EquivalentTo(new[] { "HEAD", "refs/heads/main", GitLedgerSettings.DefaultRef }));
        Assert.That(GitRemote.Run(remote.Bare, "rev-parse", "main"), Is.EqualTo(mainBefore), "main is untouched");
        Assert.That(GitRemote.Run(a, "status", "--porcelain"), Is.Empty, "the work tree is untouched");
        Assert.That(GitRemote.Run(remote.Bare, "rev-list", "--count", GitLedgerSettings.DefaultRef).Trim(), Is.EqualTo("2"), "one commit per append");
    }

    [Test]
    public async Task Eight_agents_racing_for_one_environment_over_git_daemon_leave_exactly_one_winner()
    {
        // Arrange: eight separate clones (agents) all saw an empty environment
        using var remote = new GitRemote();
        remote.ServeWithDaemon();
        var clones = Enumerable.Range(1, 8).Select(i => remote.Clone($"agent{i}")).ToList();

        // Act
        var outcomes = await Task.WhenAll(clones.Select((clone, i) => Task.Run(async () =>
        {
            try
            {
                var backend = Agent(clone);
                var d = await backend.CreateDeploymentAsync(Request(i + 1, DeploymentRequest.NoCurrent), None);
                await backend.SetStatusAsync(d.Id, DeploymentState.InProgress, "rolling out", None);
                await backend.SetStatusAsync(d.Id, DeploymentState.Success, "live", None);
                return "won";
            }
            catch (CheckFailedException ex) when (ex.Code == ErrorCodes.PromotionRaceLost)
            {
                return "lost";
            }
        })));

        // Assert
        Assert.That(outcomes.Count(o => o == "won"), Is.EqualTo(1), string.Join(", ", outcomes));
        foreach (var clone in clones)
        {
            var deployments = await Agent(clone).ListDeploymentsAsync("staging", None);
            Assert.That(deployments.Count(d => d.State == DeploymentState.Success), Is.EqualTo(1), clone);
            Assert.That(new GitLedger(new GitLedgerSettings(clone, "origin", GitLedgerSettings.DefaultRef)).Verify(), Is.GreaterThan(0), clone);
        }
    }

    [Test]
    public async Task A_rewritten_remote_ref_is_refused_as_corrupt()
    {
        // Arrange: the agent read two appends, then someone force-pushes the ref back to the first one
        using var remote = new GitRemote();
        var a = remote.Clone("a");
        var d = await Agent(a).CreateDeploymentAsync(Request(1, null), None);
        var first = GitRemote.Run(remote.Bare, "rev-parse", GitLedgerSettings.DefaultRef).Trim();
        await Agent(a).SetStatusAsync(d.Id, DeploymentState.Success, "live", None);
        GitRemote.Run(remote.Bare, "update-ref", GitLedgerSettings.DefaultRef, first);

        // Act
        var ex = Assert.Throws<TollgateException>(() => new GitLedger(new GitLedgerSettings(a, "origin", GitLedgerSettings.DefaultRef)).Verify());

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.LedgerCorrupt));
        Assert.That(ex.Message, Does.Contain("history was rewritten"));
        Assert.That(ex.Hint, Does.Contain("git push --force origin refs/tollgate-remote/origin/tollgate/ledger:refs/tollgate/ledger"));
    }

    [Test]
    public void An_unreachable_remote_is_a_clear_error()
    {
        // Arrange
        using var remote = new GitRemote();
        var a = remote.Clone("a");
        GitRemote.Run(a, "remote", "set-url", "origin", "file:///nonexistent/tollgate/remote.git");

        // Act
        var ex = Assert.Throws<TollgateException>(() => new GitLedger(new GitLedgerSettings(a, "origin", GitLedgerSettings.DefaultRef)).ReadAll());

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.GitLedgerUnavailable));
        Assert.That(ex.Message, Does.Contain("fetch the ledger ref refs/tollgate/ledger from 'origin'"));
    }
}
