using Tollgate.Core.Util;

namespace Tollgate.Core.Ledger;

/// <summary>The ledger's cross-process exclusive lock (<c>ledger.jsonl.lock</c>).</summary>
internal static class LedgerLock
{
    public static FileLock Acquire(string lockPath, TimeSpan? timeout = null) =>
        FileLock.Acquire(lockPath, ErrorCodes.LedgerLocked, "Ledger lock", "Wait for the other promotion to finish, then retry.", timeout);
}
