using System.Diagnostics;
using Tollgate.Cli.Tests.Crash;
using Tollgate.Core.Environments;
using Tollgate.Core.Ledger;
using Tollgate.Core.Tests.Oci;

namespace Tollgate.Cli.Tests.Commands;

/// <summary>
/// The local ledger's lock across real processes (the Core tests contend with threads of one process only):
/// a <c>tollgate promote</c> process waits while another process holds <c>ledger.jsonl.lock</c>, and promotions
/// run as separate processes at once append in series, so the hash chain verifies and no record is lost.
/// </summary>
[NonParallelizable]
public class LedgerLockProcessTests
{
    private const string Config = "model:\n  name: churn\n  training: training.yml\n  output: out/model\nenvironments:\n  - name: sandbox\n  - name: staging\n";

    [Test]
    public void A_promotion_waits_while_another_process_holds_the_ledger_lock_and_completes_after_it_is_released()
    {
        // Arrange
        using var project = new TempDir();
        var config = project.File("tollgate.yml", Config);
        var artifact = TestArtifacts.Create(Path.Combine(project.Path, "a"), version: "1.0.0");
        var ledger = Path.Combine(project.Path, ".tollgate", "ledger.jsonl");

        // Act: this test process holds the lock while the CLI process tries to promote
        Process promote;
        using (LedgerLock.Acquire(ledger + ".lock"))
        {
            promote = CliProcess.Start(project.Path, null, "promote", "--config", config, "-e", "sandbox", "--artifact", artifact);
            var blockedFor = Stopwatch.StartNew();
            while (blockedFor.Elapsed < TimeSpan.FromSeconds(8))
            {
                Assert.That(promote.HasExited, Is.False, () => "the promotion finished while another process held the ledger lock:\n" + Drain(promote));
                Assert.That(File.Exists(ledger) ? new FileInfo(ledger).Length : 0, Is.Zero, "the promotion appended while another process held the ledger lock");
                Thread.Sleep(200);
            }
        }

        var output = Drain(promote);

        // Assert
        Assert.That(promote.ExitCode, Is.EqualTo(0), output);
        Assert.That(new LedgerFile(ledger).Verify(), Is.GreaterThan(0));
        promote.Dispose();
    }

    [Test]
    public async Task Promotions_in_four_processes_at_once_append_in_series_and_the_chain_verifies()
    {
        // Arrange: four versions of the model, each promoted to sandbox by its own process
        using var project = new TempDir();
        var config = project.File("tollgate.yml", Config);
        var artifacts = Enumerable.Range(0, 4).Select(i => TestArtifacts.Create(Path.Combine(project.Path, $"a{i}"), version: $"1.{i}.0", files: ("model.zip", 4096, i + 1))).ToList();

        // Act
        var racers = artifacts.Select(a => CliProcess.Start(project.Path, null, "promote", "--config", config, "-e", "sandbox", "--artifact", a)).ToList();
        var outputs = await Task.WhenAll(racers.Select(p => Task.Run(() => Drain(p))));
        var verify = CliProcess.Run(project.Path, null, "ledger", "verify", "--config", config);
        var deployments = LedgerProjection.Deployments(new LedgerFile(Path.Combine(project.Path, ".tollgate", "ledger.jsonl")).ReadAll()).ToList();

        // Assert: the appends ran in series: each process either completed its promotion or saw, under the lock,
        // that another rollout had moved the environment on and lost the race cleanly (TOLLGATE0315, its deployment,
        // if it had created one, closed as failed); the chain is intact, no record is lost, exactly one version is live.
        var all = string.Join("\n----\n", outputs);
        var versions = artifacts.Select((_, i) => $"1.{i}.0").ToList();
        var winners = versions.Where((_, i) => racers[i].ExitCode == 0).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(racers.Select(p => p.ExitCode), Is.All.AnyOf(0, 1), all);
            Assert.That(outputs.Where(o => o.StartsWith("exit 1", StringComparison.Ordinal)), Is.All.Contains("TOLLGATE0315"), all);
            Assert.That(winners, Is.Not.Empty, all);
            Assert.That(verify.ExitCode, Is.EqualTo(0), verify.ToString());
            Assert.That(deployments.Select(d => d.Id).Distinct().Count(), Is.EqualTo(deployments.Count));
            Assert.That(winners, Is.SubsetOf(deployments.Select(d => d.Model.Version)), "a completed promotion's record was lost");
            Assert.That(deployments.Where(d => !winners.Contains(d.Model.Version)).Select(d => d.State), Is.All.EqualTo(DeploymentState.Failure), all);
            Assert.That(deployments.Count(d => d.State == DeploymentState.Success), Is.EqualTo(1), all);
        });
        racers.ForEach(p => p.Dispose());
    }

    /// <summary>Waits for the process (two minutes at most) and returns its output.</summary>
    private static string Drain(Process process)
    {
        var err = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("tollgate promote did not finish within 2 minutes");
        }

        return $"exit {process.ExitCode}\n{output.Result}\n{err.Result}";
    }
}
