using Tollgate.Core.Util;

namespace Tollgate.Core.Tests.Oci.Registry;

/// <summary>A read-through stream that fires an action once, when reading passes an offset of the inner stream (chunks seek first).</summary>
internal sealed class TripwireStream(Stream inner, long tripAt, Action trip) : ReadOnlyWrapperStream(inner)
{
    private bool tripped;

    public override bool CanSeek => Inner.CanSeek;
    public override long Length => Inner.Length;
    public override long Position { get => Inner.Position; set => Inner.Position = value; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Inner.Read(buffer, offset, count);
        if (!tripped && Inner.Position >= tripAt)
        {
            tripped = true;
            trip();
        }

        return n;
    }

    public override long Seek(long offset, SeekOrigin origin) => Inner.Seek(offset, origin);
}
