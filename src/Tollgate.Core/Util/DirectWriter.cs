using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Tollgate.Core.Util;

/// <summary>
/// The background half of <see cref="DirectOutputStream"/>: a small pool of page-aligned windows (pinned, so the device can
/// read them directly) and one thread that writes each submitted window at its offset while the caller fills the next.
/// A write the file system refuses under <c>O_DIRECT</c> is retried through the page cache (and the file stays there).
/// An error is kept and rethrown to the caller at its next <see cref="TakeWindow"/>, <see cref="Submit"/> or <see cref="Drain"/>.
/// </summary>
internal sealed class DirectWriter : IDisposable
{
    private const int Windows = 3; // one filling, two queued or being written
    private readonly SafeFileHandle handle;
    private readonly BlockingCollection<Memory<byte>> free = new(Windows);
    private readonly BlockingCollection<(Memory<byte> Window, long Offset, int Length)> queue = new(Windows);
    private readonly Thread thread;
    private volatile Exception? failure;
    private bool disposed;

    public DirectWriter(SafeFileHandle handle, int windowSize, int alignment)
    {
        this.handle = handle;
        for (var i = 0; i < Windows; i++)
        {
            var block = GC.AllocateUninitializedArray<byte>(windowSize + alignment, pinned: true);
            var skew = (int)(Marshal.UnsafeAddrOfPinnedArrayElement(block, 0) % alignment);
            free.Add(block.AsMemory(skew == 0 ? 0 : alignment - skew, windowSize));
        }

        thread = new Thread(Run) { IsBackground = true, Name = "tollgate-direct-write" };
        thread.Start();
    }

    /// <summary>A free window to fill (waits while every window is queued).</summary>
    public Memory<byte> TakeWindow()
    {
        var window = free.Take();
        ThrowIfFailed();
        return window;
    }

    /// <summary>Hands <paramref name="length"/> bytes of <paramref name="window"/> to the writer thread, to go at <paramref name="offset"/>.</summary>
    public void Submit(Memory<byte> window, long offset, int length)
    {
        ThrowIfFailed();
        queue.Add((window, offset, length));
    }

    /// <summary>Waits until every submitted window is written; throws the first write error.</summary>
    public void Drain()
    {
        queue.CompleteAdding();
        thread.Join();
        ThrowIfFailed();
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (!queue.IsAddingCompleted)
        {
            queue.CompleteAdding();
        }

        thread.Join(); // never free a window the thread may still be writing
        while (free.TryTake(out _))
        {
            // drop the pinned windows now: a finished output may stay referenced until its file is renamed
        }

        queue.Dispose();
        free.Dispose();
    }

    private void Run()
    {
        foreach (var (window, offset, length) in queue.GetConsumingEnumerable())
        {
            if (failure is null)
            {
                try
                {
                    Write(window[..length], offset);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    failure = ex;
                }
            }

            free.Add(window);
        }
    }

    private void Write(ReadOnlyMemory<byte> bytes, long offset)
    {
        try
        {
            RandomAccess.Write(handle, bytes.Span, offset);
        }
        catch (IOException)
        {
            // Some file systems accept O_DIRECT at open and refuse the write (EINVAL): the page cache always works.
            DirectIo.Disable(handle);
            RandomAccess.Write(handle, bytes.Span, offset);
        }
    }

    private void ThrowIfFailed()
    {
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure); // as the write itself would have thrown it (disk full, …)
        }
    }
}
