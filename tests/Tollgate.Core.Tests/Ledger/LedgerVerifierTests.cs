using System.Text;
using Tollgate.Core.Environments;
using Tollgate.Core.Ledger;

namespace Tollgate.Core.Tests.Ledger;

/// <summary>The streaming full check: lines across its 1 MB buffer's edges, lines longer than the buffer, the exact line of damage.</summary>
public class LedgerVerifierTests
{
    [Test]
    public void Verify_checks_every_line_across_buffer_edges_and_a_line_longer_than_the_buffer()
    {
        // Arrange: ~9 MB of ordinary lines, then one 3 MB line (a long description), then one more
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "ledger.jsonl");
        var written = LedgerHistoryFixture.Write(path, 20_000);
        var ledger = new LedgerFile(path);
        ledger.Append(_ =>
        [
            new LedgerEvent { Seq = 0, Prev = "", Type = LedgerEvent.Status, At = DateTimeOffset.UnixEpoch, DeploymentId = "1", State = DeploymentState.Error, Description = new string('x', 3 << 20) },
            new LedgerEvent { Seq = 0, Prev = "", Type = LedgerEvent.Status, At = DateTimeOffset.UnixEpoch, DeploymentId = "2", State = DeploymentState.Error },
        ]);

        // Act
        var count = new LedgerFile(path).Verify();

        // Assert
        Assert.That(count, Is.EqualTo(written + 2));
    }

    [Test]
    public void Verify_names_the_line_of_a_one_byte_edit_deep_in_a_large_file()
    {
        // Arrange: flip one character of an event about 5 MB in, keeping the length
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "ledger.jsonl");
        LedgerHistoryFixture.Write(path, 20_000);
        var bytes = File.ReadAllBytes(path);
        var at = Array.IndexOf(bytes, (byte)'"', 5 << 20); // some quote inside a line past 5 MB
        var target = Array.IndexOf(bytes, (byte)'c', at);  // a letter inside that line's JSON (e.g. "c0ffee", "created")
        bytes[target] = (byte)'C';
        File.WriteAllBytes(path, bytes);
        var line = bytes.AsSpan(0, target).Count((byte)'\n') + 1;

        // Act
        var ex = Assert.Throws<TollgateException>(() => new LedgerFile(path).Verify());

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.LedgerCorrupt));
        Assert.That(ex.Message, Does.Contain($"line {line} "));
    }

    [Test]
    public void Verify_accepts_blank_and_crlf_lines_and_refuses_a_torn_last_line()
    {
        // Arrange
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "ledger.jsonl");
        LedgerHistoryFixture.Write(path, 10);
        var lines = File.ReadAllLines(path);
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n\r\n", new UTF8Encoding(false));
        var clean = new LedgerFile(path).Verify();
        File.AppendAllText(path, lines[0][..40]);

        // Act
        var ex = Assert.Throws<TollgateException>(() => new LedgerFile(path).Verify());

        // Assert
        Assert.That(clean, Is.EqualTo(lines.Length));
        Assert.That(ex!.Message, Does.Contain($"line {lines.Length + 2} ").And.Contain("not a ledger record"));
    }
}
