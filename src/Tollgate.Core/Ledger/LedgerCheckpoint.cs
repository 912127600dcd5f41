using System.Text.Json;
using Tollgate.Core.Util;

namespace Tollgate.Core.Ledger;

/// <summary>
/// <c>ledger.checkpoint.json</c> next to the ledger: the projection of every event up to <see cref="Offset"/> and the
/// chain head there. A derived cache: it is trusted only while the line ending at <see cref="Offset"/> still carries
/// <see cref="Head"/>, and is rebuilt from the whole file (fully verified) otherwise.
/// </summary>
internal sealed record LedgerCheckpoint
{
    public const int Version = 1;

    public int Format { get; init; } = Version;

    /// <summary>Bytes of the ledger covered: the end of the head line, newline included.</summary>
    public required long Offset { get; init; }

    /// <summary>Where the head line starts, so checking it reads one line.</summary>
    public required long HeadStart { get; init; }

    /// <summary>The hash of the last covered line (the chain head).</summary>
    public required string Head { get; init; }

    /// <summary>Line number of the head line (blank lines counted), for error messages after it.</summary>
    public required int Lines { get; init; }

    public required LedgerState State { get; init; }

    public static string PathFor(string ledgerPath) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(ledgerPath)!, System.IO.Path.GetFileNameWithoutExtension(ledgerPath) + ".checkpoint.json");

    /// <summary>The checkpoint, or null when it is missing, unreadable or of another format (then it is rebuilt).</summary>
    public static LedgerCheckpoint? TryLoad(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var checkpoint = JsonSerializer.Deserialize<LedgerCheckpoint>(stream, JsonDefaults.Compact);
            return checkpoint is { Format: Version, State: not null, Head: not null } && checkpoint.Offset >= 0 && checkpoint.HeadStart >= 0 ? checkpoint : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    public void Save(string path) => AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, this, JsonDefaults.Compact));
}
