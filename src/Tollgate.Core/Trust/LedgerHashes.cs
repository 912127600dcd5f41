using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Git;
using Tollgate.Core.Ledger;

namespace Tollgate.Core.Trust;

/// <summary>The line hashes of a verified ledger: attestations record the head, verification looks it up again.</summary>
internal static class LedgerHashes
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

    /// <summary>The verified line hashes of the backend's ledger (local file or git ref); null for backends without one (GitHub).</summary>
    public static IReadOnlyList<string>? Of(IEnvironmentBackend backend) => backend switch
    {
        LocalEnvironmentBackend { Ledger: LedgerFile file } => Read(file),
        LocalEnvironmentBackend { Ledger: GitLedger git } => git.ReadSnapshot(Read),
        _ => null,
    };

    /// <summary>The backend's ledger head right now (after a promotion's success); null without a ledger.</summary>
    public static string? HeadOf(IEnvironmentBackend backend) => backend switch
    {
        LocalEnvironmentBackend { Ledger: LedgerFile file } => Head(file),
        LocalEnvironmentBackend { Ledger: GitLedger git } => git.ReadSnapshot(f => Read(f) is { Count: > 0 } hashes ? hashes[^1] : null),
        _ => null,
    };
}
