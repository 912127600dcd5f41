namespace Tollgate.Core.Util;

/// <summary>
/// The shared part of read-only streams over an inner stream (an upload chunk, a test's tripwire): no writing or
/// resizing, no seeking unless a wrapper allows it, and the inner stream is disposed with the wrapper.
/// </summary>
internal abstract class ReadOnlyWrapperStream(Stream inner) : Stream
{
    /// <summary>The wrapped stream.</summary>
    protected Stream Inner { get; } = inner;

    public override bool CanRead => true;

    public override bool CanWrite => false;

    public override void Flush()
    {
        // nothing is written, so nothing to flush
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
