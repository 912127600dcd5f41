using System.Globalization;
using System.Text;
using Tollgate.Core.Config;

namespace Tollgate.Core.Tests.Support;

/// <summary>A small, seeded churn-like data set with a training spec and tollgate.yml in a temp folder.</summary>
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
}
