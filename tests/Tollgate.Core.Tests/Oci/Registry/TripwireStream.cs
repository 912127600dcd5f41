namespace Tollgate.Core.Tests.Oci.Registry;

/// <summary>A read-through stream that fires an action once, when reading passes an offset of the inner stream (chunks seek first).</summary>
internal sealed class TripwireStream(Stream inner, long tripAt, Action trip) : Stream
{
    private bool tripped;

    public override bool CanRead => true;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => inner.Position; set => inner.Position = value; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        if (!tripped && inner.Position >= tripAt)
        {
            tripped = true;
            trip();
        }

        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
