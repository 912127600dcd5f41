namespace Tollgate.Cli.Tests.Corpus;

public partial class BadInputCorpusTests
{
    private const string Ledger = ".tollgate/ledger.jsonl";

    private static CorpusCase LedgerCase(string name, Action<CorpusProject> spoil, int exit = 1, string command = "ledger verify {cfg}") =>
        new("ledger", name, spoil, command, exit, ErrorCodes.LedgerCorrupt);

    private static void Lines(CorpusProject p, Func<List<string>, List<string>> edit) =>
        p.Edit(Ledger, s => string.Join('\n', edit([.. s.TrimEnd('\n').Split('\n')])) + "\n");

    private static IEnumerable<CorpusCase> LedgerCases()
    {
        yield return LedgerCase("edited record", p => p.Edit(Ledger, s => s.Replace("sandbox", "staging", StringComparison.Ordinal)));
        yield return LedgerCase("record removed", p => Lines(p, l => [.. l.Skip(1)]));
        yield return LedgerCase("records reordered", p => Lines(p, l => [.. l.AsEnumerable().Reverse()]));
        yield return LedgerCase("torn last line", p => p.Edit(Ledger, s => s[..(s.Length - 10)]));
        yield return LedgerCase("garbage line", p => Lines(p, l => [.. l, "not json at all"]));
        yield return LedgerCase("edited record, status", p => p.Edit(Ledger, s => s.Replace("sandbox", "staging", StringComparison.Ordinal)), 2, "status {cfg}");
        yield return LedgerCase("edited record, history", p => p.Edit(Ledger, s => s.Replace("sandbox", "staging", StringComparison.Ordinal)), 2, "history {cfg}");
        yield return LedgerCase("edited record, promote", p => p.Edit(Ledger, s => s.Replace("sandbox", "staging", StringComparison.Ordinal)), 2, "promote -e staging {cfg}");
    }
}
