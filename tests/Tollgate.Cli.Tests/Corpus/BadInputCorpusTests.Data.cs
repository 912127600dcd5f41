namespace Tollgate.Cli.Tests.Corpus;

public partial class BadInputCorpusTests
{
    private static CorpusCase Data(string name, Action<CorpusProject> spoil, string code, string command = "train {cfg}") =>
        new("training data", name, spoil, command, 2, code);

    private static IEnumerable<CorpusCase> TrainingDataCases()
    {
        const string Value = ErrorCodes.DataValueInvalid;
        const string Spec = ErrorCodes.TrainingSpecInvalid;
        yield return Data("infinity in a numeric column", p => p.Cell(5, 1, "Infinity"), Value);
        yield return Data("negative infinity", p => p.Cell(6, 2, "-Infinity"), Value);
        yield return Data("NaN literal", p => p.Cell(7, 1, "NaN"), Value);
        yield return Data("number too large for a double", p => p.Cell(8, 1, "1e999"), Value);
        yield return Data("text in a numeric column", p => p.Cell(9, 2, "abc"), Value);
        yield return Data("label that is not binary", p => p.Cell(10, 4, "maybe"), Value);
        yield return Data("constant label", p => p.Edit("data.csv", s => string.Join('\n', s.Split('\n').Select((l, i) => i == 0 || l.Length == 0 ? l : l[..l.LastIndexOf(',')] + ",0"))), Value);
        yield return Data("ragged row with an extra field", p => p.Cell(11, 4, "1,extra"), ErrorCodes.DataRaggedRow);
        yield return Data("ragged row missing a field", p => p.Edit("data.csv", s => { var l = s.Split('\n'); l[12] = "1.0,2.0,a"; return string.Join('\n', l); }), ErrorCodes.DataRaggedRow);
        yield return Data("duplicate header name", p => p.Cell(1, 2, "x1"), ErrorCodes.DataHeaderMismatch);
        yield return Data("unterminated quote", p => p.Cell(12, 3, "\"a"), Value);
        yield return Data("empty data file", p => p.Write("data.csv", ""), ErrorCodes.DataInvalid);
        yield return Data("header but no rows", p => p.Write("data.csv", "x1,x2,kind,label\n"), ErrorCodes.DataInvalid);
        yield return Data("label column missing", p => p.Spec("label: label", "label: churned"), ErrorCodes.DataInvalid);
        yield return Data("feature column missing", p => p.Spec("numeric: [x1, x2]", "numeric: [x1, x9]"), ErrorCodes.DataInvalid);
        yield return Data("data file missing", p => p.Spec("train: data.csv", "train: nope.csv"), ErrorCodes.DataInvalid);
        yield return Data("data path is a folder", p => p.Spec("train: data.csv", "train: out"), ErrorCodes.DataInvalid);
        yield return Data("text file named .parquet", p => { p.Write("data.parquet", "x1,x2\n1,2\n"); p.Spec("train: data.csv", "train: data.parquet"); }, ErrorCodes.DataFormatUnsupported);
        yield return Data("12,000 columns", p => p.Write("data.csv", string.Join(',', Enumerable.Range(0, 12_000).Select(i => $"c{i}")) + ",x1,x2,kind,label\n" + string.Join(',', Enumerable.Repeat("1", 12_000)) + ",1,2,a,1\n"), ErrorCodes.InputTooLarge);
        yield return Data("spec with an unknown key", p => p.Spec("seed: 1", "seed: 1\ncolour: blue"), Spec);
        yield return Data("spec with an unknown task", p => p.Spec("task: binary", "task: clustering"), Spec);
        yield return Data("spec with an unknown trainer", p => p.Spec("name: lbfgs-logistic", "name: deep-magic"), Spec);
        yield return Data("spec with an unknown hyperparameter", p => p.Spec("name: lbfgs-logistic", "name: lbfgs-logistic\n  hyperparameters: { speed: \"11\" }"), Spec);
        yield return Data("spec test fraction above 1", p => p.Spec("train: data.csv", "train: data.csv\n  testFraction: 1.5"), Spec);
        yield return Data("spec missing", p => File.Delete(p.Combine("training.yml")), Spec);
        yield return Data("spec not utf-8", p => p.WriteBytes("training.yml", [.. CorpusProject.Utf8("data:\n  train: data.csv\n# caf"), 0xE9, 0x0A]), ErrorCodes.ConfigNotUtf8);
        yield return Data("output is the repository", _ => { }, ErrorCodes.OutputHoldsProtectedFolder, "train {cfg} --output {p}");
        yield return Data("output is a parent of the repository", _ => { }, ErrorCodes.OutputHoldsProtectedFolder, "train {cfg} --output {p}/..");
        yield return Data("output is a data folder", p => p.Write("mydata/keep.csv", "a,b\n1,2\n"), ErrorCodes.OutputNotArtifact, "train {cfg} --output {p}/mydata");
        yield return Data("output is a file", _ => { }, ErrorCodes.OutputNotArtifact, "train {cfg} --output {p}/data.csv");
        yield return Data("output artifact holds a foreign file", p => p.Write("out/model/notes.txt", "mine"), ErrorCodes.OutputNotArtifact);
    }
}
