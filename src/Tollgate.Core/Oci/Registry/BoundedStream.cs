using Tollgate.Core.Util;

namespace Tollgate.Core.Oci.Registry;

/// <summary>Reads at most <c>length</c> bytes of an inner stream (one upload chunk); disposes the inner stream.</summary>
internal sealed class BoundedStream(Stream inner, long length) : ReadOnlyWrapperStream(inner)
{
    private readonly long total = length;
    private long remaining = length;

    public override bool CanSeek => false;
    public override long Length => total;
    public override long Position { get => total - remaining; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = Inner.Read(buffer[..(int)Math.Min(buffer.Length, remaining)]);
        remaining -= n;
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await Inner.ReadAsync(buffer[..(int)Math.Min(buffer.Length, remaining)], cancellationToken);
        remaining -= n;
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
}
