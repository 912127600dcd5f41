namespace Tollgate.Core.Util;

/// <summary>
/// Writes a large output (a package with a stored model entry, a layout blob) straight to the device on Linux (<c>O_DIRECT</c>).
/// Why: on a 2-core machine, writing a gigabyte through the page cache costs a core of kernel copying plus write-back
/// throttling while the other core hashes; with <c>O_DIRECT</c> the device takes the bytes by DMA and the closing fsync has
/// almost nothing left to flush. Bytes are gathered into page-aligned windows that a background thread writes while the next
/// window fills. A write before the current window (the zip's local header, patched once its entry is complete) is kept and
/// written through the page cache by <see cref="Complete"/>, after <c>O_DIRECT</c> is switched off. Where <c>O_DIRECT</c> is
/// unavailable (not Linux, a file system that refuses it) it writes through the page cache with <see cref="WriteBehindStream"/>.
/// The caller owns the file: it calls <see cref="Complete"/>, then fsyncs and renames as before.
/// </summary>
internal sealed partial class DirectOutputStream : Stream
{
    /// <summary>Outputs smaller than this gain nothing from O_DIRECT (and would pin the windows for nothing).</summary>
    public const long MinimumBytes = 8 << 20;

    private const int Alignment = 4096;
    private const int WindowSize = 4 << 20;
    private readonly FileStream file;
    private readonly WriteBehindStream? buffered;
    private readonly DirectWriter? writer;
    private readonly List<(long Offset, byte[] Bytes)> patches = [];
    private Memory<byte> window;
    private long windowBase;
    private int filled;
    private long position;
    private long length;
    private bool completed;

    /// <param name="tryDirect">False writes through the page cache (what happens anyway where O_DIRECT is refused).</param>
    public DirectOutputStream(FileStream file, bool tryDirect = true)
    {
        ArgumentNullException.ThrowIfNull(file);
        this.file = file;
        if (tryDirect && file.CanSeek && file.Position == 0 && file.Length == 0 && DirectIo.TryEnable(file.SafeFileHandle))
        {
            writer = new DirectWriter(file.SafeFileHandle, WindowSize, Alignment);
            window = writer.TakeWindow();
        }
        else
        {
            buffered = new WriteBehindStream(file);
        }
    }

    /// <summary>True when the bytes bypass the page cache.</summary>
    public bool IsDirect => writer is not null;

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(completed, this);
        if (buffered is not null)
        {
            buffered.Write(buffer);
            return;
        }

        if (position < windowBase)
        {
            // Already handed to the device: keep the bytes for Complete (a header patch is a few dozen bytes).
            var before = (int)Math.Min(buffer.Length, windowBase - position);
            patches.Add((position, buffer[..before].ToArray()));
            position += before;
            buffer = buffer[before..];
        }

        while (!buffer.IsEmpty)
        {
            var at = (int)(position - windowBase);
            var n = Math.Min(buffer.Length, WindowSize - at);
            buffer[..n].CopyTo(window.Span[at..]);
            buffer = buffer[n..];
            position += n;
            filled = Math.Max(filled, at + n);
            length = Math.Max(length, position);
            if (filled == WindowSize)
            {
                writer!.Submit(window, windowBase, WindowSize);
                window = writer.TakeWindow();
                windowBase += WindowSize;
                filled = 0;
            }
        }
    }

    /// <summary>Waits for the windows already handed to the device (not the partial one: see <see cref="Complete"/>).</summary>
    public override void Flush()
    {
        if (buffered is not null)
        {
            buffered.Flush();
        }
    }

    /// <summary>Writes everything still held, sets the exact length and applies the patches. The caller then fsyncs the file.</summary>
    public void Complete()
    {
        if (completed)
        {
            return;
        }

        completed = true;
        if (buffered is not null)
        {
            buffered.Flush();
            return;
        }

        var padded = (filled + Alignment - 1) / Alignment * Alignment; // O_DIRECT writes whole blocks; the length is cut below
        window.Span[filled..padded].Clear();
        if (padded > 0)
        {
            writer!.Submit(window, windowBase, padded);
        }

        writer!.Drain();
        DirectIo.Disable(file.SafeFileHandle);
        file.SetLength(length);
        foreach (var (offset, bytes) in patches)
        {
            RandomAccess.Write(file.SafeFileHandle, bytes, offset);
        }

        file.Seek(length, SeekOrigin.Begin);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            writer?.Dispose();
            window = default;
        }

        base.Dispose(disposing);
    }
}
