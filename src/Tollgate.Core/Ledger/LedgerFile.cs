using System.Text;
using System.Text.Json;
using Tollgate.Core.Errors;
using Tollgate.Core.Util;

namespace Tollgate.Core.Ledger;

/// <summary>
/// The ledger file: JSON lines <c>{"hash":"sha256:…","event":{…}}</c>, where hash = sha256 over the
/// previous hash, a newline and the exact bytes of the event. Appends happen under an exclusive lock
/// file and replace the file atomically (copy, append, rename), so readers never see half a line.
/// </summary>
public sealed class LedgerFile(string path) : ILedger
{
    public const string Genesis = "sha256:0000000000000000000000000000000000000000000000000000000000000000";

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <inheritdoc />
    public string Kind => "local";

    /// <inheritdoc />
    public string Location => Path;

    public IReadOnlyList<LedgerEvent> ReadAll() => Parse(verify: true).Events;

    /// <summary>
    /// Under the lock, runs <paramref name="decide"/> on the current events (so decisions are compare-and-swap)
    /// and appends the events it returns; their Seq and Prev are assigned here.
    /// </summary>
    public IReadOnlyList<LedgerEvent> Append(Func<IReadOnlyList<LedgerEvent>, IReadOnlyList<LedgerEvent>> decide)
    {
        using var _ = LedgerLock.Acquire(Path + ".lock");
        var (events, lastHash) = Parse(verify: true);
        var produced = decide(events);
        if (produced.Count == 0)
        {
            return [];
        }

        var lines = new StringBuilder();
        var added = new List<LedgerEvent>();
        var hash = lastHash;
        foreach (var item in produced)
        {
            var e = item with { Seq = events.Count + added.Count + 1, Prev = hash };
            var json = JsonSerializer.Serialize(e, JsonDefaults.Compact);
            hash = HashOf(hash, json);
            lines.Append("{\"hash\":\"").Append(hash).Append("\",\"event\":").Append(json).Append("}\n");
            added.Add(e);
        }

        AtomicFile.Write(Path, stream =>
        {
            if (File.Exists(Path))
            {
                using var existing = File.OpenRead(Path);
                existing.CopyTo(stream);
            }

            stream.Write(Encoding.UTF8.GetBytes(lines.ToString()));
        });
        return added;
    }

    /// <summary>Checks every line's hash and chain; returns the number of events.</summary>
    public int Verify() => Parse(verify: true).Events.Count;

    private (IReadOnlyList<LedgerEvent> Events, string LastHash) Parse(bool verify)
    {
        var events = new List<LedgerEvent>();
        var previous = Genesis;
        if (!File.Exists(Path))
        {
            return (events, previous);
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
            if (verify && (e.Prev != previous || HashOf(previous, raw) != hash || e.Seq != events.Count + 1))
            {
                throw Corrupt(lineNumber, "its hash does not match its content or the previous line (the file was edited)");
            }

            events.Add(e);
            previous = hash;
        }

        return (events, previous);
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
}
