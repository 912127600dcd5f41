using System.Globalization;
using System.Text;
using Tollgate.Core.Config;

namespace Tollgate.Core.Tests.Support;

/// <summary>
/// The tests' sample projects: a seeded churn-like data set (<see cref="Create"/>) and the CLI tests' smaller one
/// (<see cref="WriteSmall"/>), each with a training spec and a tollgate.yml.
/// </summary>
public static class SampleProject
{
    public static TollgateConfig Create(TempDir dir, string trainer = "sdca-logistic", string gates = "      - metric: auc >= 0.70", int rows = 800, int seed = 7, string production = "")
    {
        WriteData(System.IO.Path.Combine(dir.Path, "data.csv"), rows, seed);
        dir.File("training.yml", $"""
            data:
              train: data.csv
              testFraction: 0.25
            label: churned
            task: binary
            features:
              numeric: [tenure, charges]
              categorical: [contract]
            trainer:
              name: {trainer}
            seed: 3
            """);
        dir.File("tollgate.yml", $"""
            model:
              name: test-model
              training: training.yml
              output: out/model
              card:
                owners: [tests@example.com]
                license: MIT
            package:
              id: Test.Model
              authors: [tests]
              feed: out/feed
            environments:
              - name: sandbox
              - name: staging
                gates:
            {gates}
              - name: production
            {production}
            """);
        return ConfigLoader.Load(System.IO.Path.Combine(dir.Path, "tollgate.yml"));
    }

    public static void WriteData(string path, int rows, int seed)
    {
        var rng = new Random(seed);
        var text = new StringBuilder("tenure,charges,contract,churned\n");
        string[] contracts = ["monthly", "yearly", "two-year"];
        for (var i = 0; i < rows; i++)
        {
            var tenure = rng.Next(1, 72);
            var charges = 20 + (rng.NextDouble() * 100);
            var contract = contracts[rng.Next(3)];
            var z = -0.06 * tenure + (0.03 * (charges - 60)) + (contract == "monthly" ? 1.5 : -1) + (rng.NextDouble() - 0.5);
            var churned = rng.NextDouble() < 1 / (1 + Math.Exp(-2 * z)) ? 1 : 0;
            text.Append(CultureInfo.InvariantCulture, $"{tenure},{charges:F2},{contract},{churned}\n");
        }

        File.WriteAllText(path, text.ToString());
    }

    /// <summary>500 seeded rows (x1, x2, kind → label), an lbfgs-logistic training spec and <paramref name="tollgateYml"/> in <paramref name="root"/>.</summary>
    public static void WriteSmall(string root, string tollgateYml)
    {
        Directory.CreateDirectory(root);
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

        File.WriteAllText(System.IO.Path.Combine(root, "data.csv"), data.ToString());
        File.WriteAllText(System.IO.Path.Combine(root, "training.yml"), "data:\n  train: data.csv\nlabel: label\ntask: binary\nfeatures:\n  numeric: [x1, x2]\n  categorical: [kind]\ntrainer:\n  name: lbfgs-logistic\nseed: 1\n");
        File.WriteAllText(System.IO.Path.Combine(root, "tollgate.yml"), tollgateYml);
    }
}
