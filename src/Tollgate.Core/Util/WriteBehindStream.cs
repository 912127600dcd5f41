namespace Tollgate.Core.Util;

/// <summary>
/// Wraps a file being written and, every few MiB, asks Linux to start writing what is already there to disk
/// (<c>sync_file_range(SYNC_FILE_RANGE_WRITE)</c>, which does not wait). The closing fsync then finds most of a large
/// file already on disk instead of flushing a gigabyte at once after the last byte. Elsewhere it only forwards.
/// </summary>
internal sealed class WriteBehindStream(FileStream inner) : Stream
{
    private const long Step = 16 << 20;
    private long startedUpTo;

    public override bool CanRead => false;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => true;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        var position = inner.Position;
        if (position - startedUpTo >= Step && OperatingSystem.IsLinux())
        {
            inner.Flush();
            _ = NativeMethods.SyncFileRange(inner.SafeFileHandle.DangerousGetHandle(), startedUpTo, position - startedUpTo, NativeMethods.SyncFileRangeWrite);
            startedUpTo = position;
        }
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value) => inner.SetLength(value);
}
