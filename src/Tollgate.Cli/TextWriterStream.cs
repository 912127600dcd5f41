using System.Text;

namespace Tollgate.Cli;

/// <summary>
/// A write-only stream of UTF-8 bytes onto a <see cref="TextWriter"/> (stdout, which masks secrets line by line),
/// so a large JSON document is written in chunks instead of being built as one string first.
/// </summary>
internal sealed class TextWriterStream(TextWriter inner) : WriteOnlyStream
{
    private readonly Decoder decoder = new UTF8Encoding(false).GetDecoder();
    private char[] chars = new char[4096];

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        // The decoder keeps a multi-byte character split across two writes for the next one.
        var needed = decoder.GetCharCount(buffer, flush: false);
        if (needed > chars.Length)
        {
            chars = new char[needed];
        }

        var written = decoder.GetChars(buffer, chars, flush: false);
        inner.Write(chars, 0, written);
    }

    public override void Flush() => inner.Flush();
}
