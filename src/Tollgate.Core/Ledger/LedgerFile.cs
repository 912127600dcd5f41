using System.Text;
using System.Text.Json;
using Tollgate.Core.Util;

namespace Tollgate.Core.Ledger;

/// <summary>
/// The ledger file: JSON lines <c>{"hash":"sha256:…","event":{…}}</c>, where hash = sha256 over the
/// previous hash, a newline and the exact bytes of the event. Appends happen under an exclusive lock file, open the
/// file in append mode and fsync once; one write per append means a kill leaves the file before or after it, and a
/// torn last line (power loss) fails verification like any other damaged line. Reads for commands start from
/// <see cref="LedgerCheckpoint"/> (the live state, bounded in size) and verify only the lines after it, so promote and
/// status cost the same at 7 or 50,000 events; <see cref="ReadHistory"/> and <see cref="Verify"/> read every line.
/// </summary>
internal sealed partial class LedgerFile(string path) : ILedger
{
    public const string Genesis = "sha256:0000000000000000000000000000000000000000000000000000000000000000";

    private Position? cached;

    // The offset the checkpoint on disk covers, as far as this instance knows (-1: unknown, write one).
    private long checkpointOffset = -1;

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>The projection checkpoint next to the ledger (a cache: safe to delete).</summary>
    public string CheckpointPath => LedgerCheckpoint.PathFor(Path);

    /// <inheritdoc />
    public string Kind => "local";

    /// <inheritdoc />
    public string Location => Path;

    public IReadOnlyList<LedgerEvent> ReadAll() => Settled(() => Parse().Events);

    /// <summary>
    /// The live state, from the checkpoint (or this instance's last read) when its head line is still in the file, plus
    /// the lines after it, whose hashes and chain are verified. Valid until this instance's next call.
    /// </summary>
    public LedgerState ReadState() => Settled(Refresh).State;

    /// <summary>Every deployment and audit entry, folded from every (verified) line; never from the checkpoint.</summary>
    public LedgerState ReadHistory() => Settled(() => File.Exists(Path) ? FoldAll().State : new LedgerState());

    /// <summary>The chain head (the last line's hash), read like <see cref="ReadState"/>; null for an empty ledger.</summary>
    public string? ReadHead() => Settled(Refresh) is { State.Events: > 0 } at ? at.Head : null;

    /// <summary>
    /// Under the lock, runs <paramref name="decide"/> on the current events (so decisions are compare-and-swap)
    /// and appends the events it returns; their Seq and Prev are assigned here. Reads the whole file: for the git
    /// ledger's private snapshots, which keep no checkpoint.
    /// </summary>
    public IReadOnlyList<LedgerEvent> Append(Func<IReadOnlyList<LedgerEvent>, IReadOnlyList<LedgerEvent>> decide)
    {
        using var _ = LedgerLock.Acquire(Path + ".lock");
        var (events, lastHash, complete) = Parse();
        return Write(events.Count, lastHash, complete, decide(events)).Added;
    }

    /// <summary>
    /// As <see cref="Append"/>, deciding on the live state read by <see cref="ReadState"/>, or with
    /// <paramref name="history"/> on every deployment (a decision about one the live state dropped).
    /// </summary>
    public IReadOnlyList<LedgerEvent> AppendOnState(Func<LedgerState, IReadOnlyList<LedgerEvent>> decide, bool history = false)
    {
        using var _ = LedgerLock.Acquire(Path + ".lock");
        var at = history && File.Exists(Path) ? FoldAll() : Refresh();
        var produced = decide(at.State);
        cached = null;
        var (added, bytes, lastLine, head) = Write(at.State.Events, at.Head, at.Complete, produced);
        if (added.Count > 0)
        {
            foreach (var e in added)
            {
                at.State.Apply(e);
            }

            var end = at.Offset + bytes;
            at = new Position(at.State, end, end - lastLine, head, at.Lines + added.Count, true);
        }

        at.State.Trim();
        if (at.State.Incomplete)
        {
            // An appended status named a dropped deployment: the next read folds the whole file.
            return added;
        }

        cached = at;
        SaveCheckpoint(at);
        return added;
    }

    /// <summary>Checks every line's hash and chain from the first line (never the checkpoint); returns the number of events.</summary>
    public int Verify() => Settled(() => LedgerVerifier.Verify(Path, Corrupt));

    /// <summary>Every line's hash, oldest first, after the same full check as <see cref="Verify"/> (one pass).</summary>
    internal IReadOnlyList<string> VerifyAndListHashes() => Settled(() =>
    {
        var hashes = new List<string>();
        LedgerVerifier.Verify(Path, Corrupt, hashes);
        return hashes;
    });

    /// <summary>
    /// Reads without the lock; a last line without its newline may be another process's append still being written, so
    /// that read is repeated under the lock, where a line still damaged is a torn line and fails as before.
    /// </summary>
    private T Settled<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (TollgateException ex) when (ex.Code == ErrorCodes.LedgerCorrupt && File.Exists(Path) && !EndsWithNewline())
        {
            using var _ = LedgerLock.Acquire(Path + ".lock");
            return read();
        }
    }

    /// <summary>Appends <paramref name="produced"/> in one write and one fsync; returns the events, bytes written, the last line's length and the new head.</summary>
    private (IReadOnlyList<LedgerEvent> Added, long Bytes, long LastLine, string Head) Write(long count, string lastHash, bool complete, IReadOnlyList<LedgerEvent> produced)
    {
        if (produced.Count == 0)
        {
            return ([], 0, 0, lastHash);
        }

        // A last line without its newline (written by hand or an older tool) gets one, so the new line starts on its own.
        var lines = new StringBuilder(complete ? "" : "\n");
        var added = new List<LedgerEvent>();
        var hash = lastHash;
        var lastLineStart = 0;
        foreach (var item in produced)
        {
            var e = item with { Seq = count + added.Count + 1, Prev = hash };
            var json = JsonSerializer.Serialize(e, JsonDefaults.Compact);
            hash = HashOf(hash, json);
            lastLineStart = lines.Length;
            lines.Append("{\"hash\":\"").Append(hash).Append("\",\"event\":").Append(json).Append("}\n");
            added.Add(e);
        }

        var text = lines.ToString();
        var bytes = Encoding.UTF8.GetBytes(text);
        var lastLine = Encoding.UTF8.GetByteCount(text.AsSpan(lastLineStart));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        using (var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }

        CrashPoint.Reached("write:" + System.IO.Path.GetFileName(Path));
        return (added, bytes.Length, lastLine, hash);
    }

    private (List<LedgerEvent> Events, string LastHash, bool Complete) Parse()
    {
        var events = new List<LedgerEvent>();
        var previous = Genesis;
        if (!File.Exists(Path))
        {
            return (events, previous, true);
        }

        var lineNumber = 0;
        foreach (var line in File.ReadLines(Path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var (hash, raw, e) = ParseLine(line, lineNumber);
            Check(previous, hash, raw, e, events.Count, lineNumber);
            events.Add(e);
            previous = hash;
        }

        return (events, previous, EndsWithNewline());
    }

    private bool EndsWithNewline()
    {
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.Length == 0)
        {
            return true;
        }

        stream.Position = stream.Length - 1;
        return stream.ReadByte() == '\n';
    }

    private void Check(string previous, string hash, string raw, LedgerEvent e, long eventsBefore, int lineNumber)
    {
        if (e.Prev != previous || HashOf(previous, raw) != hash || e.Seq != eventsBefore + 1)
        {
            throw Corrupt(lineNumber, "its hash does not match its content or the previous line (the file was edited)");
        }
    }

    private (string Hash, string Raw, LedgerEvent Event) ParseLine(string line, int lineNumber)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var hash = doc.RootElement.GetProperty("hash").GetString()!;
            var raw = doc.RootElement.GetProperty("event").GetRawText();
            var e = JsonSerializer.Deserialize<LedgerEvent>(raw, JsonDefaults.Compact)!;
            return (hash, raw, e);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw Corrupt(lineNumber, "it is not a ledger record");
        }
    }

    private TollgateException Corrupt(int line, string why) => new(
        ErrorCodes.LedgerCorrupt,
        $"Ledger '{Path}' line {line} fails verification: {why}.",
        "Restore the ledger from version control or backup; do not edit it by hand (Tollgate appends only).");

    private static string HashOf(string previous, string rawEvent) => Hashing.Digest(Hashing.Sha256Hex(previous + "\n" + rawEvent));

    /// <summary>A verified point in the file: the state of every event before <see cref="Offset"/> and the chain head there.</summary>
    private sealed record Position(LedgerState State, long Offset, long HeadStart, string Head, int Lines, bool Complete)
    {
        public static Position Empty() => new(new LedgerState(), 0, 0, Genesis, 0, true);
    }
}
