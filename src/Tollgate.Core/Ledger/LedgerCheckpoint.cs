using System.Text;
using System.Text.Json;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Util;

namespace Tollgate.Core.Ledger;

/// <summary>
/// <c>ledger.checkpoint.json</c> next to the ledger: the live state (<see cref="LedgerState.Trim"/>) of every event up to
/// <see cref="Offset"/> and the chain head there. A derived cache, bounded in size: it is trusted only while its seal
/// (sha256 over the head, the offset and the exact state bytes) holds and the line ending at <see cref="Offset"/> still
/// carries <see cref="Head"/>, and is rebuilt from the whole file (fully verified) otherwise. Where the file system can
/// tell (<see cref="FileIdentity"/>), it is also trusted only while the ledger file is exactly as it was when the
/// checkpoint was written: any other write to the ledger (an edited line anywhere, a copy over it) sends the next read
/// through the whole file, so an edit before the head is caught by every command, not only by <c>ledger verify</c>.
/// </summary>
internal sealed record LedgerCheckpoint
{
    // 2: the live state instead of the whole projection, and a seal.
    // 3: the live state keeps the last live deployments per (model, environment), not per environment. A format-2 state may
    //    lack a model's rollback targets that another model pushed out, so it is never read: it is rebuilt from the ledger.
    public const int Version = 3;

    /// <summary>Bytes of the ledger covered: the end of the head line, newline included.</summary>
    public required long Offset { get; init; }

    /// <summary>Where the head line starts, so checking it reads one line.</summary>
    public required long HeadStart { get; init; }

    /// <summary>The hash of the last covered line (the chain head).</summary>
    public required string Head { get; init; }

    /// <summary>Line number of the head line (blank lines counted), for error messages after it.</summary>
    public required int Lines { get; init; }

    public required LedgerState State { get; init; }

    /// <summary>The ledger file as it was when this checkpoint was written (null where the file system cannot tell).</summary>
    public FileIdentity? Ledger { get; init; }

    /// <summary>True unless the ledger file was written since this checkpoint recorded it (unknown identities count as unchanged).</summary>
    public bool LedgerUnchanged(string ledgerPath) => Ledger is null || FileIdentity.Of(ledgerPath) is not { } now || now == Ledger;

    public static string PathFor(string ledgerPath) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(ledgerPath)!, System.IO.Path.GetFileNameWithoutExtension(ledgerPath) + ".checkpoint.json");

    /// <summary>The checkpoint, or null when it is missing, unreadable, of another format or its seal fails (then it is rebuilt).</summary>
    public static LedgerCheckpoint? TryLoad(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            if (root.GetProperty("format").GetInt32() != Version)
            {
                return null;
            }

            var (offset, headStart, head, lines) = (root.GetProperty("offset").GetInt64(), root.GetProperty("headStart").GetInt64(), root.GetProperty("head").GetString()!, root.GetProperty("lines").GetInt32());
            var state = Encoding.UTF8.GetBytes(root.GetProperty("state").GetRawText());
            var ledger = root.TryGetProperty("ledger", out var identity) && identity.ValueKind == JsonValueKind.Object
                ? new FileIdentity(identity.GetProperty("device").GetUInt64(), identity.GetProperty("inode").GetUInt64(), identity.GetProperty("size").GetInt64(),
                    identity.GetProperty("modifiedNs").GetInt64(), identity.GetProperty("changedNs").GetInt64())
                : null;
            if (root.GetProperty("seal").GetString() != Seal(head, offset, ledger, state) || offset < 0 || headStart < 0)
            {
                return null;
            }

            var parsed = JsonSerializer.Deserialize<LedgerState>(state, JsonDefaults.Compact);
            return parsed is null || !DigestFilter.IsValid(parsed.TrimmedAuditDigests) ? null
                : new LedgerCheckpoint { Offset = offset, HeadStart = headStart, Head = head, Lines = lines, State = parsed, Ledger = ledger };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException
            or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Writes the checkpoint atomically (staged in <c>.tollgate/tmp</c>, then renamed).</summary>
    public void Save(string path)
    {
        var state = JsonSerializer.SerializeToUtf8Bytes(State, JsonDefaults.Compact);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new Utf8JsonWriter(stream);
            writer.WriteStartObject();
            writer.WriteNumber("format", Version);
            writer.WriteNumber("offset", Offset);
            writer.WriteNumber("headStart", HeadStart);
            writer.WriteString("head", Head);
            writer.WriteNumber("lines", Lines);
            writer.WriteString("seal", Seal(Head, Offset, Ledger, state));
            if (Ledger is { } ledger)
            {
                writer.WriteStartObject("ledger");
                writer.WriteNumber("device", ledger.Device);
                writer.WriteNumber("inode", ledger.Inode);
                writer.WriteNumber("size", ledger.Size);
                writer.WriteNumber("modifiedNs", ledger.ModifiedNs);
                writer.WriteNumber("changedNs", ledger.ChangedNs);
                writer.WriteEndObject();
            }

            writer.WritePropertyName("state");
            writer.WriteRawValue(state, skipInputValidation: true);
            writer.WriteEndObject();
        });
    }

    // Not a secret: it catches a hand-edited, torn or mismatched checkpoint, as the unkeyed chain catches edited lines.
    private static string Seal(string head, long offset, FileIdentity? ledger, byte[] state) =>
        Hashing.Digest(Hashing.Sha256Hex([.. Encoding.UTF8.GetBytes($"{head}\n{offset}\n{ledger}\n"), .. state]));
}
