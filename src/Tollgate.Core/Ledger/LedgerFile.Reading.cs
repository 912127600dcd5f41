using System.Text;
using Tollgate.Core.Artifacts;

namespace Tollgate.Core.Ledger;

/// <content>
/// Reading for commands: from this instance's last read or the checkpoint when its head line is still in the file, then
/// every line after it, verified and folded; the result is trimmed to the live state and becomes the new checkpoint.
/// </content>
internal sealed partial class LedgerFile
{
    private Position Refresh()
    {
        if (!File.Exists(Path))
        {
            cached = null;
            return Position.Empty();
        }

        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var start = cached is { } known && HeadMatches(stream, known) ? known : null;
        if (start is null)
        {
            checkpointOffset = -1;
            // A ledger written since the checkpoint recorded it (by hand, a copy, a crash before the checkpoint moved) is read whole.
            if (LedgerCheckpoint.TryLoad(CheckpointPath) is { } checkpoint && checkpoint.LedgerUnchanged(Path))
            {
                var fromDisk = new Position(checkpoint.State, checkpoint.Offset, checkpoint.HeadStart, checkpoint.Head, checkpoint.Lines, true);
                (start, checkpointOffset) = HeadMatches(stream, fromDisk) ? (fromDisk, checkpoint.Offset) : (null, -1);
            }
        }

        // The state is folded forward in place: forget it until the read succeeds.
        cached = null;
        var end = ReadAfter(stream, start ?? Position.Empty());
        end.State.Trim();
        if (end.State.Incomplete)
        {
            // A status named a deployment the live state had dropped: fold everything (rare; the checkpoint then moves past it).
            end = ReadAfter(stream, Position.Empty());
            end.State.Trim();
        }

        cached = end;
        SaveCheckpoint(end);
        return end;
    }

    /// <summary>Every line folded into a history (untrimmed), verified; the cache is left alone.</summary>
    private Position FoldAll()
    {
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return ReadAfter(stream, Position.Empty());
    }

    /// <summary>Rewrites the checkpoint when the live state moved past it. A cache: a read-only folder only costs speed.</summary>
    private void SaveCheckpoint(Position at)
    {
        if (at.Offset == checkpointOffset || !at.Complete || at.State.Events == 0)
        {
            return;
        }

        try
        {
            // The ledger's identity now: a read may have raced an append, whose line is after Offset and so is still verified.
            new LedgerCheckpoint { Offset = at.Offset, HeadStart = at.HeadStart, Head = at.Head, Lines = at.Lines, State = at.State, Ledger = FileIdentity.Of(Path) }
                .Save(CheckpointPath);
            checkpointOffset = at.Offset;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            checkpointOffset = -1;
        }
    }

    /// <summary>True when the line ending at the position's offset is still there with the same hash and sequence number.</summary>
    private bool HeadMatches(FileStream stream, Position at)
    {
        if (at.Offset == 0)
        {
            return at.State.Events == 0;
        }

        var length = at.Offset - at.HeadStart;
        if (at.Offset > stream.Length || length <= 0 || length > int.MaxValue)
        {
            return false;
        }

        var bytes = new byte[length];
        stream.Position = at.HeadStart;
        stream.ReadExactly(bytes);
        if (bytes[^1] != (byte)'\n')
        {
            return false;
        }

        try
        {
            var (hash, raw, e) = ParseLine(Encoding.UTF8.GetString(bytes), at.Lines);
            return hash == at.Head && e.Seq == at.State.Events && HashOf(e.Prev, raw) == hash;
        }
        catch (TollgateException)
        {
            return false;
        }
    }

    /// <summary>Reads, verifies and folds every line after <paramref name="start"/>.</summary>
    private Position ReadAfter(FileStream stream, Position start)
    {
        stream.Position = start.Offset;
        var bytes = new byte[stream.Length - start.Offset];
        stream.ReadExactly(bytes);
        var state = start.State;
        var previous = start.Head;
        var headStart = start.HeadStart;
        var line = start.Lines;
        var pos = 0;
        while (pos < bytes.Length)
        {
            var newline = Array.IndexOf(bytes, (byte)'\n', pos);
            var end = newline < 0 ? bytes.Length : newline;
            line++;
            if (end > pos)
            {
                var (hash, raw, e) = ParseLine(Encoding.UTF8.GetString(bytes, pos, end - pos), line);
                Check(previous, hash, raw, e, state.Events, line);
                state.Apply(e);
                previous = hash;
                headStart = start.Offset + pos;
            }

            pos = end + 1;
        }

        var complete = bytes.Length == 0 ? start.Complete : bytes[^1] == (byte)'\n';
        return new Position(state, start.Offset + bytes.Length, headStart, previous, line, complete);
    }
}
