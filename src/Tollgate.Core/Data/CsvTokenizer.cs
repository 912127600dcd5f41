using System.Buffers;

namespace Tollgate.Core.Data;

/// <summary>
/// Streaming RFC 4180 tokenizer over UTF-8 bytes: quoted fields, doubled quotes, embedded commas and newlines,
/// CRLF or LF. Each row's unescaped fields are copied into one reusable buffer, so reading allocates nothing per row.
/// </summary>
internal sealed class CsvTokenizer : IDisposable
{
    private static readonly SearchValues<byte> Special = SearchValues.Create(","u8 + "\n\r\""u8);
    /// <summary>Longest row (header included) in bytes, after unquoting.</summary>
    internal const int MaxRowBytes = 64 << 20;

    private readonly Stream stream;
    private readonly string source;
    private readonly byte[] buffer = new byte[1 << 20];
    private byte[] row = new byte[4096];
    private int[] starts = new int[64];
    private int[] lengths = new int[64];
    private int pos;
    private int len;
    private int rowLen;
    private int plainStart = -1;
    private long line = 1;

    public CsvTokenizer(Stream stream, string source)
    {
        this.stream = stream;
        this.source = source;
        Fill();
        if (len >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
        {
            pos = 3;
        }
    }

    /// <summary>Number of fields in the current row.</summary>
    public int FieldCount { get; private set; }

    /// <summary>1-based line on which the current row starts.</summary>
    public long RowLine { get; private set; }

    public ReadOnlySpan<byte> Field(int i) =>
        plainStart >= 0 ? buffer.AsSpan(plainStart + starts[i], lengths[i]) : row.AsSpan(starts[i], lengths[i]);

    /// <summary>
    /// Fast path for the common row: no quotes, no CR, and its '\n' already in the buffer. Its fields are then read
    /// straight from the buffer (no copy into the row buffer). Returns false, consuming nothing, for any other row;
    /// the caller then reads it with <see cref="ReadRow"/>, which handles every case.
    /// </summary>
    public bool TryReadPlainRow()
    {
        var span = buffer.AsSpan(pos, len - pos);
        FieldCount = 0;
        var start = 0;
        while (true)
        {
            // One scan per field: a comma ends the field, '\n' the row; a quote, CR or the buffer's end sends the
            // row to ReadRow (nothing consumed yet, FieldCount is reset there).
            var stop = span[start..].IndexOfAny(Special);
            if (stop < 0)
            {
                return false;
            }

            var b = span[start + stop];
            if (b == (byte)',')
            {
                AddField(start, stop);
                start += stop + 1;
                continue;
            }

            if (b != (byte)'\n' || start + stop == 0)
            {
                return false;
            }

            AddField(start, stop);
            plainStart = pos;
            RowLine = line++;
            pos += start + stop + 1;
            return true;
        }
    }

    /// <summary>Reads the next non-blank row; false at end of file.</summary>
    public bool ReadRow()
    {
        while (true)
        {
            if (!Available())
            {
                return false;
            }

            FieldCount = 0;
            rowLen = 0;
            plainStart = -1;
            RowLine = line;
            var blank = buffer[pos] is (byte)'\n' or (byte)'\r';
            ReadFields();
            if (!(blank && FieldCount == 1 && lengths[0] == 0))
            {
                return true;
            }
        }
    }

    public void Dispose() => stream.Dispose();

    private void ReadFields()
    {
        while (true)
        {
            var start = rowLen;
            if (Available() && buffer[pos] == (byte)'"')
            {
                pos++;
                ReadQuoted();
            }
            else
            {
                ReadUnquoted();
            }

            AddField(start);
            if (!Available())
            {
                return;
            }

            var b = buffer[pos++];
            if (b == (byte)',')
            {
                if (!Available())
                {
                    AddField(rowLen);
                    return;
                }

                continue;
            }

            if (b == (byte)'\r' && Available() && buffer[pos] == (byte)'\n')
            {
                pos++;
            }

            line++;
            return;
        }
    }

    private void ReadUnquoted()
    {
        while (Available())
        {
            var span = buffer.AsSpan(pos, len - pos);
            var stop = span.IndexOfAny(Special);
            if (stop < 0)
            {
                Append(span);
                pos = len;
                continue;
            }

            Append(span[..stop]);
            pos += stop;
            if (buffer[pos] != (byte)'"')
            {
                return;
            }

            // A quote inside an unquoted field is kept literally (lenient, like most readers).
            Append("\""u8);
            pos++;
        }
    }

    private void ReadQuoted()
    {
        var startLine = line;
        while (true)
        {
            if (!Available())
            {
                throw new TollgateException(ErrorCodes.DataValueInvalid, $"{source} line {startLine}: a quoted field is never closed.", "Close the quote or escape embedded quotes by doubling them (\"\").");
            }

            var span = buffer.AsSpan(pos, len - pos);
            var q = span.IndexOf((byte)'"');
            var chunk = q < 0 ? span : span[..q];
            line += chunk.Count((byte)'\n');
            Append(chunk);
            pos += chunk.Length;
            if (q < 0)
            {
                continue;
            }

            pos++;
            if (Available() && buffer[pos] == (byte)'"')
            {
                Append("\""u8);
                pos++;
                continue;
            }

            if (Available() && buffer[pos] is not ((byte)',' or (byte)'\n' or (byte)'\r'))
            {
                throw new TollgateException(ErrorCodes.DataValueInvalid, $"{source} line {line}, field {FieldCount + 1}: unexpected character after a closing quote.", "Quote the whole field and double any quote inside it.");
            }

            return;
        }
    }

    private void AddField(int start) => AddField(start, rowLen - start);

    private void AddField(int start, int length)
    {
        if (FieldCount == starts.Length)
        {
            Array.Resize(ref starts, starts.Length * 2);
            Array.Resize(ref lengths, lengths.Length * 2);
        }

        starts[FieldCount] = start;
        lengths[FieldCount] = length;
        FieldCount++;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (rowLen + bytes.Length > row.Length)
        {
            GrowRow(rowLen + bytes.Length);
        }

        bytes.CopyTo(row.AsSpan(rowLen));
        rowLen += bytes.Length;
    }

    /// <summary>Rows are bounded (README, Limits): one line of a file without newlines must not take all memory.</summary>
    private void GrowRow(int needed)
    {
        if (needed > MaxRowBytes)
        {
            throw new TollgateException(ErrorCodes.InputTooLarge, $"{source} line {RowLine}: a row is longer than {MaxRowBytes >> 20} MiB.", "Check that the file is CSV with one row per line; split very wide files into narrower ones.");
        }

        Array.Resize(ref row, (int)Math.Min(MaxRowBytes, Math.Max(row.Length * 2L, needed)));
    }

    private bool Available()
    {
        if (pos < len)
        {
            return true;
        }

        Fill();
        return pos < len;
    }

    private void Fill()
    {
        pos = 0;
        len = 0;
        int read;
        while (len < buffer.Length && (read = stream.Read(buffer, len, buffer.Length - len)) > 0)
        {
            len += read;
        }
    }
}
