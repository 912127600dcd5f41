using System.Security.Cryptography;
using System.Text.Json;

namespace Tollgate.Core.Ledger;

/// <summary>
/// The full check behind <c>tollgate ledger verify</c>: every line's hash, chain link and sequence number from the first
/// line, in one forward pass over a reused buffer, reading the JSON with a forward-only reader and comparing hashes as
/// bytes (no string or object per event), so it runs at memory-bandwidth-ish speed whatever the ledger's size.
/// </summary>
internal static class LedgerVerifier
{
    private const int HashLength = 71; // "sha256:" + 64 hex digits
    private static readonly byte[][] Required = ["seq"u8.ToArray(), "type"u8.ToArray(), "at"u8.ToArray(), "deploymentId"u8.ToArray(), "prev"u8.ToArray()];

    /// <summary>
    /// Returns the number of events; <paramref name="corrupt"/> builds the error for a line number and reason. With
    /// <paramref name="hashes"/>, every verified line's hash is added to it in the same pass.
    /// </summary>
    public static int Verify(string path, Func<int, string, Exception> corrupt, List<string>? hashes = null)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        var chain = new Chain(hashes);
        var buffer = new byte[1 << 20];
        var filled = 0;
        var line = 0;
        while (true)
        {
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            var pos = 0;
            while (true)
            {
                var newline = buffer.AsSpan(pos, filled - pos).IndexOf((byte)'\n');
                if (newline < 0 && read > 0)
                {
                    break; // the rest of this line is in the next read
                }

                var end = newline < 0 ? filled : pos + newline;
                if (newline >= 0 || end > pos)
                {
                    line++;
                    chain.Check(buffer.AsSpan(pos, end - pos), line, corrupt);
                }

                pos = end + 1;
                if (pos >= filled)
                {
                    break;
                }
            }

            if (read == 0)
            {
                return chain.Events;
            }

            // Keep the partial line; a line longer than the buffer doubles it.
            var rest = Math.Max(0, filled - pos);
            if (rest == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            else
            {
                buffer.AsSpan(filled - rest, rest).CopyTo(buffer);
            }

            filled = rest;
        }
    }

    /// <summary>The running chain: the previous line's hash and the number of events so far.</summary>
    private sealed class Chain(List<string>? hashes)
    {
        private readonly byte[] previous = System.Text.Encoding.ASCII.GetBytes(LedgerFile.Genesis);
        private readonly byte[] expected = new byte[HashLength];
        private readonly byte[] digest = new byte[32];
        private readonly IncrementalHash sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public int Events { get; private set; }

        public void Check(ReadOnlySpan<byte> text, int line, Func<int, string, Exception> corrupt)
        {
            if (text.Length > 0 && text[^1] == (byte)'\r')
            {
                text = text[..^1];
            }

            if (text.Length == 0)
            {
                return;
            }

            if (!Read(text, out var hash, out var raw, out var seq, out var prev))
            {
                throw corrupt(line, "it is not a ledger record");
            }

            sha.AppendData(previous);
            sha.AppendData("\n"u8);
            sha.AppendData(text.Slice(raw.Start, raw.Length));
            sha.GetHashAndReset(digest);
            "sha256:"u8.CopyTo(expected);
            Convert.TryToHexStringLower(digest, expected.AsSpan(7), out _);
            if (!text.Slice(prev.Start, prev.Length).SequenceEqual(previous) || !text.Slice(hash.Start, hash.Length).SequenceEqual(expected) || seq != Events + 1)
            {
                throw corrupt(line, "its hash does not match its content or the previous line (the file was edited)");
            }

            Events++;
            expected.CopyTo(previous, 0);
            hashes?.Add(System.Text.Encoding.ASCII.GetString(expected));
        }
    }

    /// <summary>Where the line's hash, its event's bytes and the event's prev are, and the event's seq; false when it is not a ledger record.</summary>
    private static bool Read(ReadOnlySpan<byte> line, out (int Start, int Length) hash, out (int Start, int Length) raw, out long seq, out (int Start, int Length) prev)
    {
        hash = raw = prev = (-1, 0);
        seq = 0;
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var (isHash, isEvent) = (reader.ValueTextEquals("hash"u8), reader.ValueTextEquals("event"u8));
                reader.Read();
                if (isHash && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
                {
                    hash = ((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length);
                }
                else if (isEvent && reader.TokenType == JsonTokenType.StartObject)
                {
                    var start = (int)reader.TokenStartIndex;
                    if (!Event(ref reader, out seq, out prev))
                    {
                        return false;
                    }

                    raw = (start, (int)reader.BytesConsumed - start);
                }
                else
                {
                    reader.Skip();
                }
            }

            // The whole line must be one object: trailing bytes mean a damaged line.
            return reader.TokenType == JsonTokenType.EndObject && !reader.Read() && hash.Start >= 0 && raw.Start >= 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Reads the event object the reader stands on (to its end): every required property present, seq and prev.</summary>
    private static bool Event(ref Utf8JsonReader reader, out long seq, out (int Start, int Length) prev)
    {
        seq = -1;
        prev = (-1, 0);
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

            if (index == 0 && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var s))
            {
                seq = s;
            }
            else if (index == 4 && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
            {
                // TokenStartIndex counts from the line's start (the opening quote).
                prev = ((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length);
            }

            reader.Skip();
        }

        return reader.TokenType == JsonTokenType.EndObject && seen == (1 << Required.Length) - 1 && seq >= 0 && prev.Start >= 0;
    }
}
