namespace Tollgate.Cli.Tests.Corpus;

public partial class BadInputCorpusTests
{
    private static CorpusCase Stat(string name, Action<CorpusProject>? spoil, string command, string code) => new("statistics", name, spoil, command, 2, code);

    private const string Drift = "drift --reference {p}/data.csv --current {p}/cur.csv";

    private static IEnumerable<CorpusCase> StatisticsCases()
    {
        yield return Stat("drift reference missing", null, "drift --reference {p}/nope.csv --current {p}/data.csv", ErrorCodes.DataFileNotFound);
        yield return Stat("drift current empty", p => p.Write("cur.csv", ""), Drift, ErrorCodes.DataFileEmpty);
        yield return Stat("drift current header only", p => p.Write("cur.csv", "x1,x2,kind,label\n"), Drift, ErrorCodes.DataFileEmpty);
        yield return Stat("drift current ragged", p => p.Write("cur.csv", Csv("x1,x2,kind,label", "1,2,a,1", "1,2,a")), Drift, ErrorCodes.DataRaggedRow);
        yield return Stat("drift current with other columns", p => p.Write("cur.csv", Csv("a,b", "1,2")), Drift, ErrorCodes.DataHeaderMismatch);
        yield return Stat("drift unknown column", p => File.Copy(p.Combine("data.csv"), p.Combine("cur.csv")), Drift + " --columns nope", ErrorCodes.DataColumnNotFound);
        yield return Stat("drift binary file", p => p.WriteBytes("cur.csv", [0, 1, 2, 0xFF, 0xFE, 0, 0x80]), Drift, ErrorCodes.DataFileEmpty);
        yield return Stat("drift unknown file type", p => p.Write("cur.xlsx", "x"), "drift --reference {p}/data.csv --current {p}/cur.xlsx", ErrorCodes.DataFormatUnsupported);
        yield return Stat("drift bad schema declaration", p => File.Copy(p.Combine("data.csv"), p.Combine("cur.csv")), Drift + " --schema x1=weird", ErrorCodes.StatParameterInvalid);
        yield return Stat("drift config alpha above 1", p => { File.Copy(p.Combine("data.csv"), p.Combine("cur.csv")); p.Edit("tollgate.yml", s => s + "drift:\n  alpha: 2\n"); }, Drift + " {cfg}", ErrorCodes.GateInvalid);
        yield return Stat("drift config in the old snake_case spelling", p => { File.Copy(p.Combine("data.csv"), p.Combine("cur.csv")); p.Edit("tollgate.yml", s => s + "drift:\n  min_rows: 10\n"); }, Drift + " {cfg}", ErrorCodes.ConfigInvalid);
        yield return Stat("drift config unknown choice", p => { File.Copy(p.Combine("data.csv"), p.Combine("cur.csv")); p.Edit("tollgate.yml", s => s + "drift:\n  numericEffect: vibes\n"); }, Drift + " {cfg}", ErrorCodes.GateInvalid);
        yield return Stat("drift config unknown setting", p => { File.Copy(p.Combine("data.csv"), p.Combine("cur.csv")); p.Edit("tollgate.yml", s => s + "drift:\n  colour: blue\n"); }, Drift + " {cfg}", ErrorCodes.ConfigInvalid);
        yield return Stat("drift input with 12,000 columns is read, and refused for its header", p => p.Write("cur.csv", string.Join(',', Enumerable.Range(0, 12_000).Select(i => $"c{i}")) + "\n" + string.Join(',', Enumerable.Repeat("1", 12_000)) + "\n"), Drift, ErrorCodes.DataHeaderMismatch);
        yield return Stat("drift input past the 1,000,000-column limit", p => p.Write("cur.csv", string.Join(',', Enumerable.Range(0, 1_000_001).Select(i => $"c{i}")) + "\n"), Drift, ErrorCodes.InputTooLarge);
        yield return Stat("drift input with one line over 64 MiB", p => p.Write("cur.csv", new string('x', 65 << 20)), Drift, ErrorCodes.InputTooLarge);
        yield return Stat("stat sample missing", null, "stat ks --a {p}/nope.csv --b {p}/data.csv", ErrorCodes.DataFileNotFound);
        yield return Stat("stat alpha out of range", null, "stat ks --a {p}/data.csv --b {p}/data.csv --param alpha=2", ErrorCodes.StatParameterInvalid);
        yield return Stat("stat unknown parameter", null, "stat ks --a {p}/data.csv --b {p}/data.csv --param speed=11", ErrorCodes.StatParameterInvalid);
        yield return Stat("stat unknown test", null, "stat magic --a {p}/data.csv --b {p}/data.csv", ErrorCodes.StatParameterInvalid);
        yield return Stat("stat text column", null, "stat ks --a {p}/data.csv --b {p}/data.csv --column kind", ErrorCodes.DataValueInvalid);
    }
}
