namespace Tollgate.Core.Ledger;

/// <summary>
/// An append-only, hash-chained event store: the local ledger file or the git-backed ledger ref. Both keep the same
/// line format and chain, so the environment backend built on them has one set of semantics.
/// </summary>
internal interface ILedger
{
    /// <summary>"local" or "git": printed as the backend in use.</summary>
    string Kind { get; }

    /// <summary>Where the events live (a file path, or REMOTE REF), for messages.</summary>
    string Location { get; }

    /// <summary>Every event, oldest first, after verifying the chain.</summary>
    IReadOnlyList<LedgerEvent> ReadAll();

    /// <summary>
    /// Runs <paramref name="decide"/> on the current events and appends what it returns as one atomic step; when another
    /// writer appended first, <paramref name="decide"/> sees their events (compare-and-swap). Returns the appended events.
    /// </summary>
    IReadOnlyList<LedgerEvent> Append(Func<IReadOnlyList<LedgerEvent>, IReadOnlyList<LedgerEvent>> decide);

    /// <summary>Checks every record's hash and the chain; returns the number of events.</summary>
    int Verify();

    /// <summary>The live state (<see cref="LedgerState.Trim"/>). The local file serves it from a checkpoint plus the events after it.</summary>
    LedgerState ReadState() => LedgerState.Fold(ReadAll());

    /// <summary>Every deployment and audit entry (history, retirement, version numbering): reads every event.</summary>
    LedgerState ReadHistory() => LedgerState.FoldHistory(ReadAll());

    /// <summary>
    /// <see cref="Append"/> with <paramref name="decide"/> seeing the live state instead of the events (with
    /// <paramref name="history"/>: every deployment), so a ledger that keeps a checkpoint need not read its whole history.
    /// <paramref name="decide"/> must not change the state.
    /// </summary>
    IReadOnlyList<LedgerEvent> AppendOnState(Func<LedgerState, IReadOnlyList<LedgerEvent>> decide, bool history = false) =>
        Append(events => decide(history ? LedgerState.FoldHistory(events) : LedgerState.Fold(events)));
}
