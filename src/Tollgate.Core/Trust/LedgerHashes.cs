using Tollgate.Core.Ledger;

namespace Tollgate.Core.Trust;

/// <summary>The line hashes of a verified ledger: attestations record the head, verification looks it up again.</summary>
public static class LedgerHashes
{
    /// <summary>Verifies the whole chain (an edited line fails with TOLLGATE0201) and lists every line's hash, in one pass.</summary>
    public static IReadOnlyList<string> Read(LedgerFile ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return ledger.VerifyAndListHashes();
    }

    /// <summary>The head as commands read the ledger: from the checkpoint plus the verified lines after it (see README's ledger row).</summary>
    public static string? Head(LedgerFile ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return ledger.ReadHead();
    }
}
