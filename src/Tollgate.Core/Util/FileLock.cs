namespace Tollgate.Core.Util;

/// <summary>
/// A cross-process exclusive lock: a lock file opened with FileShare.None (an OS lock, released when the process dies, so a
/// killed run never leaves a stale lock), retried with jitter until a timeout.
/// </summary>
internal sealed class FileLock : IDisposable
{
    private readonly FileStream stream;

    private FileLock(FileStream stream) => this.stream = stream;

    /// <param name="code">Error code when another process holds the lock past the timeout.</param>
    /// <param name="what">What the lock guards, for that error (e.g. "Ledger lock").</param>
    /// <param name="fix">What to do then.</param>
    public static FileLock Acquire(string lockPath, string code, string what, string fix, TimeSpan? timeout = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            try
            {
                return new FileLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(Random.Shared.Next(10, 40));
            }
            catch (IOException ex)
            {
                throw new TollgateException(code, $"{what} '{lockPath}' is held by another process.", fix, ex);
            }
        }
    }

    public void Dispose() => stream.Dispose();
}
