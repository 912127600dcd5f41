namespace Tollgate.Cli.Tests.Corpus;

/// <summary>Statistics inputs that no test can use: NaN, empty, a single value, samples of different lengths.</summary>
public partial class BadInputCorpusTests
{
    private static Action<CorpusProject> Samples(string a, string b) => p =>
    {
        p.Write("a.csv", a);
        p.Write("b.csv", b);
    };

    private static readonly string Five = Csv("v", "1", "2", "3", "4", "5");

    private static IEnumerable<CorpusCase> StatInputCases()
    {
        const string Ab = "--a {p}/a.csv --b {p}/b.csv";
        yield return Stat("ks sample with NaN", Samples(Csv("v", "1", "NaN", "3"), Five), "stat ks " + Ab, ErrorCodes.StatInputInvalid);
        yield return Stat("ks sample with infinity", Samples(Csv("v", "1", "Infinity", "3"), Five), "stat ks " + Ab, ErrorCodes.StatInputInvalid);
        yield return Stat("ks sample with a missing value", Samples(Csv("v", "1", "NA", "3"), Five), "stat ks " + Ab, ErrorCodes.StatInputInvalid);
        yield return Stat("ks empty sample", Samples(Csv("v"), Five), "stat ks " + Ab, ErrorCodes.DataFileEmpty);
        yield return Stat("ks sample file empty", Samples("", Five), "stat ks " + Ab, ErrorCodes.DataFileEmpty);
        yield return Stat("welch-t sample with text", Samples(Csv("v", "1", "two"), Five), "stat welch-t " + Ab, ErrorCodes.DataValueInvalid);
        yield return Stat("anderson-ksamp with a single sample", Samples(Five, Five), "stat anderson-ksamp --sample {p}/a.csv", ErrorCodes.StatParameterInvalid);
        yield return Stat("paired-t different lengths", Samples(Csv("v", "1", "2", "3"), Five), "stat paired-t " + Ab, ErrorCodes.StatInputInvalid);
        yield return Stat("wilcoxon different lengths", Samples(Csv("v", "1", "2", "3"), Five), "stat wilcoxon " + Ab, ErrorCodes.StatInputInvalid);
        yield return Stat("mcnemar different lengths", Samples(Csv("v", "1", "0", "1"), Csv("v", "1", "0")), "stat mcnemar " + Ab, ErrorCodes.StatInputInvalid);
        yield return Stat("mcnemar not 0/1", Samples(Csv("v", "1", "2", "1"), Csv("v", "1", "0", "1")), "stat mcnemar " + Ab, ErrorCodes.StatParameterInvalid);
        yield return Stat("delong labels of another length", p => { Samples(Five, Five)(p); p.Write("l.csv", Csv("label", "1", "0")); }, "stat delong " + Ab + " --labels {p}/l.csv", ErrorCodes.StatParameterInvalid);
        yield return Stat("ks second sample missing its option", Samples(Five, Five), "stat ks --a {p}/a.csv", ErrorCodes.StatParameterInvalid);
        yield return Stat("psi with zero bins", Samples(Five, Five), "stat psi " + Ab + " --param bins=0", ErrorCodes.StatParameterInvalid);
        yield return Stat("tost with low above high", Samples(Five, Five), "stat tost " + Ab + " --param low=1 --param high=-1", ErrorCodes.StatParameterInvalid);
        yield return Stat("parity alpha out of range", null, "parity --baseline {p}/data.csv --candidate {p}/data.csv --label label --prediction label --task binary --alpha 2", ErrorCodes.StatParameterInvalid);
        yield return Stat("parity prediction column missing", null, "parity --baseline {p}/data.csv --candidate {p}/data.csv --label label --prediction nope --task binary", ErrorCodes.DataColumnNotFound);
        yield return Stat("drift current whose rows are all blank", p => p.Write("cur.csv", "x1,x2,kind,label\n\n\n"), Drift, ErrorCodes.DataFileEmpty);
    }
}
