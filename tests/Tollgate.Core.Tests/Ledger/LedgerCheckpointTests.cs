using System.Text.Json;
using Tollgate.Core.Environments;
using Tollgate.Core.Ledger;
using Tollgate.Core.Util;

namespace Tollgate.Core.Tests.Ledger;

public class LedgerCheckpointTests
{
    private static DeploymentRequest Request(string env) => new()
    {
        Environment = env,
        Model = new ModelRef("m", "1.0.0", "sha256:aa"),
        Commit = "abc",
        Actor = new Actor("tester"),
    };

    private static async Task<string> LedgerWithDeployments(TempDir dir, int count)
    {
        var path = Path.Combine(dir.Path, "ledger.jsonl");
        var backend = new LocalEnvironmentBackend(new LedgerFile(path));
        for (var i = 0; i < count; i++)
        {
            var d = await backend.CreateDeploymentAsync(Request("staging"), CancellationToken.None);
            await backend.SetStatusAsync(d.Id, DeploymentState.Success, null, CancellationToken.None);
        }

        return path;
    }

    private static string Json(LedgerState state) => JsonSerializer.Serialize(state, JsonDefaults.Compact);

    [Test]
    public async Task Appending_after_a_checkpoint_keeps_earlier_bytes_and_the_chain()
    {
        // Arrange
        using var dir = new TempDir();
        var path = await LedgerWithDeployments(dir, 2);
        var ledger = new LedgerFile(path);
        Assert.That(File.Exists(ledger.CheckpointPath), Is.True, "the first append writes the checkpoint");
        var before = File.ReadAllBytes(path);

        // Act: a fresh instance, as in the next CLI process
        var backend = new LocalEnvironmentBackend(new LedgerFile(path));
        var d = await backend.CreateDeploymentAsync(Request("staging"), CancellationToken.None);
        var done = await backend.SetStatusAsync(d.Id, DeploymentState.Success, null, CancellationToken.None);

        // Assert
        Assert.That(File.ReadAllBytes(path).AsSpan(0, before.Length).SequenceEqual(before), Is.True, "append mode never rewrites");
        Assert.That(new LedgerFile(path).Verify(), Is.EqualTo(8), "5 before; created, success and the previous one inactive");
        Assert.That(done.Id, Is.EqualTo("3"));
        Assert.That(Json(new LedgerFile(path).ReadState()), Is.EqualTo(Json(LedgerState.Fold(new LedgerFile(path).ReadAll()))));
    }

    [Test]
    public async Task A_hand_edited_checkpoint_fails_its_seal_and_is_rebuilt()
    {
        // Arrange: a checkpoint whose state was changed but whose head still matches
        using var dir = new TempDir();
        var path = await LedgerWithDeployments(dir, 1);
        var checkpointPath = new LedgerFile(path).CheckpointPath;
        File.WriteAllText(checkpointPath, File.ReadAllText(checkpointPath).Replace("\"staging\"", "\"marked\""));

        // Act
        var state = new LedgerFile(path).ReadState();

        // Assert
        Assert.That(state.Deployments.Select(d => d.Environment), Is.EqualTo(new[] { "staging" }));
        Assert.That(File.ReadAllText(checkpointPath), Does.Not.Contain("marked"));
    }

    [TestCase("head")]
    [TestCase("garbage")]
    [TestCase("truncated")]
    public async Task A_checkpoint_that_does_not_match_the_file_is_ignored_and_rebuilt(string damage)
    {
        // Arrange
        using var dir = new TempDir();
        var path = await LedgerWithDeployments(dir, 3);
        var checkpointPath = new LedgerFile(path).CheckpointPath;
        var text = File.ReadAllText(checkpointPath);
        File.WriteAllText(checkpointPath, damage switch
        {
            "head" => text.Replace("\"head\":\"sha256:", "\"head\":\"sha256:0", StringComparison.Ordinal).Replace("\"environment\":\"staging\"", "\"environment\":\"stale\""),
            "garbage" => "{not json",
            _ => text,
        });
        if (damage == "truncated")
        {
            // Another copy of the ledger, shorter than the checkpoint says: the checkpoint cannot be its state.
            var lines = File.ReadAllLines(path);
            File.WriteAllLines(path, lines[..2]);
        }

        // Act
        var state = new LedgerFile(path).ReadState();

        // Assert
        Assert.That(Json(state), Is.EqualTo(Json(LedgerState.Fold(new LedgerFile(path).ReadAll()))));
        Assert.That(File.ReadAllText(checkpointPath), Does.Not.Contain("stale").And.StartsWith("{"));
        Assert.That(new LedgerFile(path).ReadState().Events, Is.EqualTo(state.Events), "the rebuilt checkpoint matches");
    }

    [Test]
    public async Task A_torn_last_line_fails_reads_appends_and_verify_with_its_line_number()
    {
        // Arrange: the checkpoint covers every complete line; the crash left half a line after it
        using var dir = new TempDir();
        var path = await LedgerWithDeployments(dir, 2);
        var lastLine = File.ReadAllLines(path)[^1];
        await File.AppendAllTextAsync(path, lastLine[..(lastLine.Length / 2)]);
        var backend = new LocalEnvironmentBackend(new LedgerFile(path));

        // Act
        var read = Assert.Throws<TollgateException>(() => new LedgerFile(path).ReadState());
        var append = await Assert.ThrowsAsync<TollgateException>(() => backend.CreateDeploymentAsync(Request("staging"), CancellationToken.None));
        var verify = Assert.Throws<TollgateException>(() => new LedgerFile(path).Verify());

        // Assert
        foreach (var ex in new TollgateException[] { read!, append!, verify! })
        {
            Assert.That(ex.Code, Is.EqualTo(ErrorCodes.LedgerCorrupt));
            Assert.That(ex.Message, Does.Contain("line 6").And.Contain("not a ledger record"));
        }
    }

    [Test]
    public async Task An_edited_early_line_that_leaves_the_head_intact_is_caught_by_commands_and_by_verify()
    {
        // Arrange: a checkpoint at the last line, then a same-length edit of line 1 only, so the checkpoint's head line is untouched
        Assume.That(OperatingSystem.IsLinux(), "the checkpoint records the ledger's file identity (statx) on Linux");
        using var dir = new TempDir();
        var path = await LedgerWithDeployments(dir, 2);
        File.Delete(new LedgerFile(path).CheckpointPath);
        new LedgerFile(path).ReadState();
        var lines = File.ReadAllLines(path);
        lines[0] = lines[0].Replace("\"user\":\"tester\"", "\"user\":\"mallor\"", StringComparison.Ordinal);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");

        // Act
        var command = Assert.Throws<TollgateException>(() => new LedgerFile(path).ReadState());
        var verify = Assert.Throws<TollgateException>(() => new LedgerFile(path).Verify());

        // Assert: the ledger changed since the checkpoint recorded it, so commands read it whole, as the full check does
        Assert.That(command!.Code, Is.EqualTo(ErrorCodes.LedgerCorrupt));
        Assert.That(command.Message, Does.Contain("line 1"));
        Assert.That(verify!.Code, Is.EqualTo(ErrorCodes.LedgerCorrupt));
        Assert.That(verify.Message, Does.Contain("line 1"));
    }

    [Test]
    public async Task A_checkpoint_of_an_unchanged_ledger_is_used_without_reading_the_history()
    {
        // Arrange: a ledger and the checkpoint a read leaves, which records the ledger file's identity
        Assume.That(OperatingSystem.IsLinux(), "the checkpoint records the ledger's file identity (statx) on Linux");
        using var dir = new TempDir();
        var path = await LedgerWithDeployments(dir, 2);
        new LedgerFile(path).ReadState();

        // Act: an unchanged file is read from the checkpoint (same state, no exception)
        var first = new LedgerFile(path).ReadState();
        var second = new LedgerFile(path).ReadState();

        // Assert
        Assert.That(second.Events, Is.EqualTo(first.Events));
        Assert.That(LedgerCheckpointFile(path), Does.Contain("\"ledger\":{\"device\""));
    }

    private static string LedgerCheckpointFile(string ledgerPath) => File.ReadAllText(new LedgerFile(ledgerPath).CheckpointPath);

    [Test]
    public void Verify_refuses_a_line_whose_hash_matches_but_that_is_not_an_event()
    {
        // Arrange: a correctly chained line whose event lacks type, time and deployment id
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "ledger.jsonl");
        var raw = "{\"seq\":1,\"prev\":\"" + LedgerFile.Genesis + "\"}";
        var hash = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(LedgerFile.Genesis + "\n" + raw)));
        File.WriteAllText(path, $"{{\"hash\":\"{hash}\",\"event\":{raw}}}\n");

        // Act
        var ex = Assert.Throws<TollgateException>(() => new LedgerFile(path).Verify());

        // Assert
        Assert.That(ex!.Message, Does.Contain("line 1").And.Contain("not a ledger record"));
    }
}
