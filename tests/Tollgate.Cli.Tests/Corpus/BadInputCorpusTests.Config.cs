namespace Tollgate.Cli.Tests.Corpus;

public partial class BadInputCorpusTests
{
    private static CorpusCase Config(string name, string yaml, string code, string command = "status {cfg}") =>
        new("config", name, p => p.Write("tollgate.yml", yaml), command, 2, code);

    private static CorpusCase Envs(string name, string environments, string code) =>
        Config(name, ConfigHead + "environments:\n" + environments, code);

    private static IEnumerable<CorpusCase> ConfigCases()
    {
        const string Invalid = ErrorCodes.ConfigInvalid;
        const string Gate = ErrorCodes.GateInvalid;
        const string Outside = ErrorCodes.ConfigPathOutsideRepository;
        yield return Config("unknown top-level key", ConfigHead + "colour: blue\n", Invalid);
        yield return Config("explicitly empty environments", ConfigHead + "environments: []\n", Invalid);
        yield return Config("environments as a map", ConfigHead + "environments:\n  sandbox: {}\n", Invalid);
        yield return Config("duplicate key", ConfigHead + "reports: other\n", Invalid);
        yield return Config("yaml syntax error", "model: [unclosed\n", Invalid);
        yield return Config("tab indentation", "model:\n\tname: x\n", Invalid);
        yield return Config("empty file", "", Invalid);
        yield return Config("model missing", "environments:\n  - name: a\n", Invalid);
        yield return Config("model name with capitals", ConfigHead.Replace("cli-model", "Cli Model", StringComparison.Ordinal), Invalid);
        yield return Config("backend kind unknown", ConfigHead + "backend:\n  kind: cloud\n", Invalid);
        yield return Config("boolean setting given text", ConfigHead + "allowOutsideRepository: maybe\n", Invalid);
        yield return Config("required contexts as text", ConfigHead + "environments:\n  - name: a\n    requiredContexts: { ci: build }\n", Invalid);
        yield return Config("not utf-8", "", ErrorCodes.ConfigNotUtf8) with { Setup = p => p.WriteBytes("tollgate.yml", [.. CorpusProject.Utf8(ConfigHead + "# caf"), 0xE9, 0x0A]) };
        yield return Config("larger than 1 MiB", ConfigHead + "# " + new string('x', 1 << 20) + "\n", ErrorCodes.InputTooLarge);
        yield return new CorpusCase("config", "config path that does not exist", null, "status --config {p}/nope.yml", 2, ErrorCodes.ConfigNotFound);
        yield return new CorpusCase("config", "config path that is a folder", null, "status --config {p}/out", 2, ErrorCodes.ConfigNotFound);
        yield return Config("output outside the repository", ConfigHead.Replace("output: out/model", "output: ../../elsewhere", StringComparison.Ordinal), Outside);
        yield return Config("feed at an absolute path outside", ConfigHead.Replace("feed: out/feed", "feed: /var/tmp/feed", StringComparison.Ordinal), Outside);
        yield return Config("oci layout outside", ConfigHead.Replace("ociLayout: out/oci", "ociLayout: ../oci", StringComparison.Ordinal), Outside);
        yield return Config("reports outside", ConfigHead.Replace("reports: out/reports", "reports: ../reports", StringComparison.Ordinal), Outside);
        yield return Config("training spec outside", ConfigHead.Replace("training: training.yml", "training: ../training.yml", StringComparison.Ordinal), Outside);
        yield return Config("ledger outside", ConfigHead + "backend:\n  ledger: ../../ledger.jsonl\n", Outside);
        yield return Envs("unknown promotion value", "  - name: a\n    promotion: teleport\n", Invalid);
        yield return Envs("retrain on the first environment", "  - name: a\n    promotion: retrain\n  - name: b\n", Invalid);
        yield return Envs("environment declared twice", "  - name: a\n  - name: a\n", Invalid);
        yield return Envs("environment with an empty name", "  - name: ''\n", Invalid);
        yield return Envs("unknown strategy", "  - name: a\n    strategy: { kind: rocket }\n", Invalid);
        yield return Envs("canary steps that fall", "  - name: a\n    strategy: { kind: canary, steps: [50, 10, 100] }\n", Invalid);
        yield return Envs("canary steps that stop short of 100", "  - name: a\n    strategy: { kind: canary, steps: [10, 50] }\n", Invalid);
        yield return Envs("shadow without a mirror", "  - name: a\n    strategy: { kind: shadow }\n", Invalid);
        yield return Envs("negative strategy interval", "  - name: a\n    strategy: { kind: canary, steps: [100], interval: -5 }\n", Invalid);
        yield return Envs("metric gate that is prose", "  - name: a\n    gates:\n      - metric: auc is high\n", Gate);
        yield return Envs("baseline gate without a number", "  - name: a\n    gates:\n      - baseline: auc >= baseline -\n", Gate);
        yield return Envs("impossible metric threshold", "  - name: a\n    gates:\n      - metric: auc >= 1.5\n", Gate);
        yield return Envs("unknown drift correction", "  - name: a\n    gates:\n      - drift: { reference: data.csv, current: data.csv, correction: sidak }\n", Gate);
        yield return Envs("unknown severity", "  - name: a\n    gates:\n      - metric: auc >= 0.5\n        severity: fatal\n", Gate);
        yield return Envs("gate with two kinds", "  - name: a\n    gates:\n      - metric: auc >= 0.5\n        command: { run: dotnet }\n", Gate);
        yield return Envs("gate with no kind", "  - name: a\n    gates:\n      - severity: warn\n", Gate);
        yield return Envs("misspelt gate key", "  - name: a\n    gates:\n      - drift: { reference: data.csv, current: data.csv, treshold: 0.2 }\n", Invalid);
        yield return Envs("gates given as text", "  - name: a\n    gates: yes please\n", Invalid);
    }
}
