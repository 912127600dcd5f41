using System.Diagnostics;
using Tollgate.Core.Ledger;

namespace Tollgate.Cli.Tests.Commands;

/// <summary>Real <c>tollgate promote</c> processes on the git-backed ledger killed (SIGKILL) at different moments.</summary>
[NonParallelizable]
public class GitLedgerKillTests
{
    private static Process Start(string clone, params string[] args) => Crash.CliProcess.Start(clone, null, args);

    [Test]
    public void An_agent_killed_mid_append_leaves_the_remote_before_or_after_each_append_and_a_rerun_completes()
    {
        // Arrange: a canary rollout appends several events over a few seconds
        using var remote = new GitRemote();
        using var project = new TempProject();
        var clone = remote.Clone("agent", "model:\n  name: cli-model\n  training: training.yml\n  output: out/model\nbackend:\n  kind: git\nenvironments:\n"
            + "  - name: sandbox\n    strategy:\n      kind: canary\n      steps: [25, 50, 100]\n      interval: 1\n      health:\n        source: health.json\n        thresholds: [\"error_rate <= 0.1\"]\n  - name: staging\n");
        foreach (var file in new[] { "data.csv", "training.yml" })
        {
            File.Copy(project.Combine(file), Path.Combine(clone, file));
        }

        File.WriteAllText(Path.Combine(clone, "health.json"), "{\"error_rate\": 0.01}");
        var config = Path.Combine(clone, "tollgate.yml");
        Assert.That(CliHarness.Run("train", "--config", config).ExitCode, Is.EqualTo(0));

        // Act: kill three runs at staggered moments, then let one finish
        foreach (var delay in new[] { 900, 1800, 2700 })
        {
            using var run = Start(clone, "promote", "-e", "sandbox", "--config", config);
            Thread.Sleep(delay);
            run.Kill(entireProcessTree: true);
            run.WaitForExit();
        }

        var finish = CliHarness.Run("promote", "-e", "sandbox", "--config", config);
        var reader = remote.Clone("reader", File.ReadAllText(config));
        var status = CliHarness.Run("status", "--config", Path.Combine(reader, "tollgate.yml"), "--json");

        // Assert: every state the ref ever had is a whole, verifying ledger that extends the one before it
        Assert.That(finish.ExitCode, Is.EqualTo(0), finish.Err);
        Assert.That(status.Out, Does.Contain("\"environment\": \"sandbox\"").And.Contain("\"model\": \"cli-model\""));
        var commits = GitRemote.Run(remote.Bare, "rev-list", "--reverse", "refs/tollgate/ledger").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var previous = "";
        using var scratch = new TempDir();
        foreach (var commit in commits)
        {
            var content = GitRemote.Run(remote.Bare, "cat-file", "blob", $"{commit}:ledger.jsonl");
            var file = scratch.File(commit + ".jsonl", content);
            Assert.DoesNotThrow(() => new LedgerFile(file).Verify(), commit);
            Assert.That(content, Does.StartWith(previous), $"{commit} extends its parent");
            Assert.That(content.Length, Is.GreaterThan(previous.Length));
            previous = content;
        }

        var deployments = CliHarness.Run("history", "--config", Path.Combine(reader, "tollgate.yml"), "--csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.That(deployments, Has.Count.EqualTo(1), "killed runs are resumed, never duplicated:\n" + string.Join('\n', deployments));
        Assert.That(CliHarness.Run("ledger", "verify", "--config", Path.Combine(reader, "tollgate.yml")).ExitCode, Is.EqualTo(0));
    }
}
