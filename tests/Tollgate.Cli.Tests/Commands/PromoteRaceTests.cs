using System.Diagnostics;

namespace Tollgate.Cli.Tests.Commands;

/// <summary>Two real <c>tollgate promote</c> processes racing for one environment on the local ledger.</summary>
[NonParallelizable]
public class PromoteRaceTests
{
    private static Process Start(string workingDirectory, params string[] args) => Crash.CliProcess.Start(workingDirectory, null, args);

    [Test]
    public async Task Two_processes_promoting_different_models_at_once_one_wins_and_the_other_fails_clearly()
    {
        // Arrange: sandbox rolls out in two canary steps 2 s apart, so the two rollouts overlap
        using var project = new TempProject();
        File.WriteAllText(project.Config, File.ReadAllText(project.Config).Replace("  - name: sandbox\n",
            "  - name: sandbox\n    strategy:\n      kind: canary\n      steps: [50, 100]\n      interval: 2\n      health:\n        source: health.json\n        thresholds: [\"error_rate <= 0.1\"]\n"));
        File.WriteAllText(project.Combine("health.json"), "{\"error_rate\": 0.01}");
        CliHarness.Run("train", "--config", project.Config, "--output", project.Combine("out/a"));
        File.AppendAllText(project.Combine("data.csv"), "9.000,1.000,a,1\n0.500,2.000,b,0\n");
        CliHarness.Run("train", "--config", project.Config, "--output", project.Combine("out/b"));

        // Act
        var racers = new[] { "out/a", "out/b" }.Select(a => Start(project.Path, "promote", "--config", project.Config, "-e", "sandbox", "--artifact", project.Combine(a))).ToList();
        var results = await Task.WhenAll(racers.Select(async p =>
        {
            var err = p.StandardError.ReadToEndAsync();
            var output = await p.StandardOutput.ReadToEndAsync();
            await p.WaitForExitAsync();
            return (p.ExitCode, Err: await err + output);
        }));
        var history = CliHarness.Run("history", "--config", project.Config, "-e", "sandbox", "--csv");
        var verify = CliHarness.Run("ledger", "verify", "--config", project.Config);

        // Assert
        Assert.That(results.Select(r => r.ExitCode).Order(), Is.EqualTo(new[] { 0, 1 }), string.Join("\n----\n", results.Select(r => r.Err)));
        var loser = results.Single(r => r.ExitCode == 1);
        Assert.That(loser.Err, Does.Contain("TOLLGATE0315").And.Contain("Another promotion won the race for 'sandbox'"));
        var rows = history.Out.TrimEnd('\n').Split('\n').Skip(1).ToList();
        Assert.That(rows.Count(r => r.Contains(",Success,", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(rows.Count(r => r.Contains(",Failure,", StringComparison.Ordinal) && r.Contains("lost the race", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(verify.ExitCode, Is.EqualTo(0), verify.Err);
    }
}
