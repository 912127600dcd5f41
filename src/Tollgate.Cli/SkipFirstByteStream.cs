namespace Tollgate.Cli;

/// <summary>Passes writes through except the very first byte (the <c>{</c> of an object spliced into an envelope).</summary>
internal sealed class SkipFirstByteStream(Stream inner) : WriteOnlyStream
{
    private bool skipped;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!skipped && buffer.Length > 0)
        {
            skipped = true;
            buffer = buffer[1..];
        }

        inner.Write(buffer);
    }

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
