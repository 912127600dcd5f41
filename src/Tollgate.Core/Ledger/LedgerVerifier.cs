using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Tollgate.Core.Ledger;

/// <summary>
/// The full check behind <c>tollgate ledger verify</c>: every line's hash, chain link and sequence number from the first
/// line, reading the JSON with a forward-only reader and hashing the event's exact bytes (no object per event).
/// </summary>
internal static class LedgerVerifier
{
    private static readonly string[] Required = ["seq", "type", "at", "deploymentId", "prev"];

    /// <summary>Returns the number of events; <paramref name="corrupt"/> builds the error for a line number and reason.</summary>
    public static int Verify(string path, Func<int, string, Exception> corrupt)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        var bytes = File.ReadAllBytes(path);
        var previous = Encoding.ASCII.GetBytes(LedgerFile.Genesis);
        Span<byte> digest = stackalloc byte[32];
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var events = 0;
        var line = 0;
        var pos = 0;
        while (pos < bytes.Length)
        {
            var newline = Array.IndexOf(bytes, (byte)'\n', pos);
            var end = newline < 0 ? bytes.Length : newline;
            line++;
            var text = bytes.AsSpan(pos, end - pos);
            if (text.Length > 0 && text[^1] == (byte)'\r')
            {
                text = text[..^1];
            }

            if (text.Length > 0)
            {
                var (hash, rawStart, rawLength, seq, prev) = Read(text) ?? throw corrupt(line, "it is not a ledger record");
                sha.AppendData(previous);
                sha.AppendData("\n"u8);
                sha.AppendData(text.Slice(rawStart, rawLength));
                sha.GetHashAndReset(digest);
                var expected = "sha256:" + Convert.ToHexStringLower(digest);
                if (!prev.AsSpan().SequenceEqual(Encoding.ASCII.GetString(previous)) || hash != expected || seq != events + 1)
                {
                    throw corrupt(line, "its hash does not match its content or the previous line (the file was edited)");
                }

                events++;
                previous = Encoding.ASCII.GetBytes(hash);
            }

            pos = end + 1;
        }

        return events;
    }

    /// <summary>The line's hash, where its event's bytes are, and the event's seq and prev; null when it is not a ledger record.</summary>
    private static (string Hash, int RawStart, int RawLength, long Seq, string Prev)? Read(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            string? hash = null;
            int rawStart = -1, rawLength = 0;
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("hash"u8) && reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    hash = reader.GetString();
                }
                else if (reader.ValueTextEquals("event"u8) && reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    rawStart = (int)reader.TokenStartIndex;
                    reader.Skip();
                    rawLength = (int)reader.BytesConsumed - rawStart;
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            // The whole line must be one object: trailing bytes mean a damaged line.
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || hash is null || rawStart < 0)
            {
                return null;
            }

            return Event(line.Slice(rawStart, rawLength)) is var (seq, prev) ? (hash, rawStart, rawLength, seq, prev) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (long Seq, string Prev)? Event(ReadOnlySpan<byte> raw)
    {
        var reader = new Utf8JsonReader(raw);
        reader.Read();
        long? seq = null;
        string? prev = null;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = -1;
            for (var i = 0; i < Required.Length && index < 0; i++)
            {
                index = reader.ValueTextEquals(Required[i]) ? i : -1;
            }

            reader.Read();
            if (index >= 0)
            {
                seen |= 1 << index;
            }

            if (index == 0 && reader.TokenType == JsonTokenType.Number)
            {
                seq = reader.GetInt64();
            }
            else if (index == 4 && reader.TokenType == JsonTokenType.String)
            {
                prev = reader.GetString();
            }

            reader.Skip();
        }

        return seen == (1 << Required.Length) - 1 && seq is { } s && prev is not null ? (s, prev) : null;
    }
}
