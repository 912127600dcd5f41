using System.Globalization;
using Tollgate.Cli.Tests.Crash;
using Tollgate.Core.Environments;
using Tollgate.Core.Ledger;
using Tollgate.Core.Util;

namespace Tollgate.Cli.Tests.Commands;

/// <summary>Real <c>tollgate</c> processes appending to (and reading) one long ledger at once, each updating the checkpoint.</summary>
[NonParallelizable]
public class LedgerCheckpointRaceTests
{
    private const string Digest = "sha256:00000000000000000000000000000000000000000000000000000000000000aa";

    [Test]
    public async Task Approvals_raced_by_six_processes_on_a_long_ledger_all_land_and_the_checkpoint_matches_the_file()
    {
        // Arrange: 300 failed sandbox rollouts (more than the live state keeps), then cli-model 1.0.0 live in staging
        using var project = new TempProject();
        var users = Enumerable.Range(1, 6).Select(i => $"u{i}").ToList();
        File.AppendAllText(project.Config, $"  - name: production\n    approvals: {{ required: 6, approvers: [{string.Join(", ", users)}] }}\n");
        var ledger = project.Combine(".tollgate/ledger.jsonl");
        var written = WriteHistory(ledger, 300);
        CliProcess.Run(project.Path, null, "status", "--config", project.Config); // the checkpoint exists, as in a project in use

        // Act
        var approvals = users.Select(u => Task.Run(() => CliProcess.Run(project.Path, new Dictionary<string, string> { ["GITHUB_ACTOR"] = u },
            "approve", "cli-model@1.0.0", "--config", project.Config, "-e", "production"))).ToList();
        var statuses = Enumerable.Range(0, 3).Select(_ => Task.Run(() => CliProcess.Run(project.Path, null, "status", "--config", project.Config, "--json"))).ToList();
        var results = await Task.WhenAll(approvals.Concat(statuses));
        var again = CliProcess.Run(project.Path, new Dictionary<string, string> { ["GITHUB_ACTOR"] = "u1" }, "approve", "cli-model@1.0.0", "--config", project.Config, "-e", "production");
        var verify = CliProcess.Run(project.Path, null, "ledger", "verify", "--config", project.Config);

        // Assert
        Assert.That(results.Select(r => r.ExitCode), Is.All.EqualTo(0), string.Join("\n----\n", results.Select(r => r.ToString())));
        foreach (var status in results.Skip(users.Count))
        {
            var staging = JsonDocument.Parse(status.Out).RootElement.GetProperty("environments").EnumerateArray().Single(e => e.GetProperty("environment").GetString() == "staging");
            Assert.That(staging.GetProperty("digest").GetString(), Is.EqualTo(Digest), status.ToString());
        }

        Assert.That(again.Out, Does.Contain("6 of 6 approval(s)"), again.ToString());
        Assert.That(verify.ExitCode, Is.EqualTo(0), verify.ToString());
        Assert.That(new LedgerFile(ledger).Verify(), Is.EqualTo(written + users.Count), "one approval each, none lost, none twice");
        var checkpoint = JsonDocument.Parse(File.ReadAllText(new LedgerFile(ledger).CheckpointPath)).RootElement;
        Assert.That(checkpoint.GetProperty("offset").GetInt64(), Is.EqualTo(new FileInfo(ledger).Length), "the last writer moved the checkpoint to the end");
        Assert.That(JsonSerializer.Serialize(new LedgerFile(ledger).ReadState(), JsonDefaults.Compact),
            Is.EqualTo(JsonSerializer.Serialize(LedgerState.Fold(new LedgerFile(ledger).ReadAll()), JsonDefaults.Compact)));
    }

    private static long WriteHistory(string path, int failed)
    {
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var events = new List<LedgerEvent>();
        for (var i = 1; i <= failed + 1; i++)
        {
            var id = i.ToString(CultureInfo.InvariantCulture);
            var last = i == failed + 1;
            var model = last ? new ModelRef("cli-model", "1.0.0", Digest) : new ModelRef("cli-model", $"0.0.{i}", "sha256:" + i.ToString("x64", CultureInfo.InvariantCulture));
            var request = new DeploymentRequest { Environment = last ? "staging" : "sandbox", Model = model, Commit = "c0ffee", Actor = new Actor("bench") };
            events.Add(new LedgerEvent { Seq = 0, Prev = "", Type = LedgerEvent.Created, At = at, DeploymentId = id, Request = request });
            events.Add(new LedgerEvent { Seq = 0, Prev = "", Type = LedgerEvent.Status, At = at, DeploymentId = id, State = last ? DeploymentState.Success : DeploymentState.Failure });
        }

        new LedgerFile(path).Append(_ => events);
        return events.Count;
    }
}
