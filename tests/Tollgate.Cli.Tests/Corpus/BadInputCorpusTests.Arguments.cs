namespace Tollgate.Cli.Tests.Corpus;

/// <summary>Command-line arguments: unknown, missing, malformed and out-of-range values.</summary>
public partial class BadInputCorpusTests
{
    private const string Parity = "parity --baseline {p}/data.csv --candidate {p}/data.csv --label label --prediction label --task binary";

    private static IEnumerable<CorpusCase> ArgumentCases()
    {
        yield return Cli("number option given text", Parity + " --alpha abc", ErrorCodes.Usage);
        yield return Cli("alpha of zero", Parity + " --alpha 0", ErrorCodes.StatParameterInvalid);
        yield return Cli("negative margin", Parity + " --margin -0.1", ErrorCodes.StatParameterInvalid);
        yield return Cli("unknown parity task", "parity --baseline {p}/data.csv --candidate {p}/data.csv --label label --prediction label --task ranking", ErrorCodes.Usage);
        yield return Cli("drift format not offered", Drift + " --format xml", ErrorCodes.Usage);
        yield return Cli("drift reference option missing", "drift --current {p}/data.csv", ErrorCodes.Usage);
        yield return Cli("drift empty column list", Drift + " --columns ,", ErrorCodes.StatParameterInvalid) with { Setup = p => File.Copy(p.Combine("data.csv"), p.Combine("cur.csv")) };
        yield return Cli("stat without a test name", "stat --a {p}/data.csv", ErrorCodes.Usage);
        yield return Cli("unknown option on stat", "stat ks --a {p}/data.csv --b {p}/data.csv --speed 11", ErrorCodes.Usage);
        yield return Cli("stat parameter without a value", "stat ks --a {p}/data.csv --b {p}/data.csv --param alpha", ErrorCodes.StatParameterInvalid);
        yield return Cli("config file missing", "status --config {p}/nope.yml", ErrorCodes.ConfigNotFound);
        yield return Cli("config path is a folder", "status --config {p}/out", ErrorCodes.ConfigNotFound);
        yield return Cli("environment option repeated", "status -e sandbox -e staging {cfg}", ErrorCodes.Usage);
        yield return Cli("extra positional argument", "status extra {cfg}", ErrorCodes.Usage);
        yield return Cli("fetch without --from", "fetch cli-model@{ver} --output {p}/fetched {cfg}", ErrorCodes.Usage);
        yield return Cli("fetch from an unknown scheme", "fetch cli-model@{ver} --from ftp://example/x --output {p}/fetched {cfg}", ErrorCodes.OciReferenceInvalid);
    }
}
