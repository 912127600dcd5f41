using Tollgate.Core.Errors;

namespace Tollgate.Core.Ledger;

/// <summary>A cross-process exclusive lock: a lock file opened with FileShare.None, retried for a while.</summary>
internal sealed class LedgerLock : IDisposable
{
    private readonly FileStream stream;

    private LedgerLock(FileStream stream) => this.stream = stream;

    public static LedgerLock Acquire(string lockPath, TimeSpan? timeout = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            try
            {
                return new LedgerLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(Random.Shared.Next(10, 40));
            }
            catch (IOException ex)
            {
                throw new TollgateException(ErrorCodes.LedgerLocked, $"Ledger lock '{lockPath}' is held by another process.", "Wait for the other promotion to finish, then retry.", ex);
            }
        }
    }

    public void Dispose() => stream.Dispose();
}
