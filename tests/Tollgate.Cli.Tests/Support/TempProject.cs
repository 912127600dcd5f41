using System.Globalization;
using System.Text;

namespace Tollgate.Cli.Tests.Support;

/// <summary>A tiny seeded project (data, training spec, tollgate.yml) in a temp folder.</summary>
internal sealed class TempProject : IDisposable
{
    public TempProject(string stagingGate = "auc >= 0.6")
    {
        var rng = new Random(11);
        var data = new StringBuilder("x1,x2,kind,label\n");
        for (var i = 0; i < 500; i++)
        {
            var x1 = rng.NextDouble() * 10;
            var x2 = rng.NextDouble() * 10;
            var kind = rng.Next(2) == 0 ? "a" : "b";
            var label = x1 + (kind == "a" ? 2 : 0) + rng.NextDouble() * 4 > 8 ? 1 : 0;
            data.Append(CultureInfo.InvariantCulture, $"{x1:F3},{x2:F3},{kind},{label}\n");
        }

        File.WriteAllText(Combine("data.csv"), data.ToString());
        File.WriteAllText(Combine("training.yml"), "data:\n  train: data.csv\nlabel: label\ntask: binary\nfeatures:\n  numeric: [x1, x2]\n  categorical: [kind]\ntrainer:\n  name: lbfgs-logistic\nseed: 1\n");
        File.WriteAllText(Combine("tollgate.yml"), $"model:\n  name: cli-model\n  training: training.yml\n  output: out/model\npackage:\n  feed: out/feed\nenvironments:\n  - name: sandbox\n  - name: staging\n    gates:\n      - metric: {stagingGate}\n");
    }

    public string Path { get; } = TestTemp.NewFolder("project");

    public string Config => Combine("tollgate.yml");

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose() => TestTemp.TryDelete(Path);
}
