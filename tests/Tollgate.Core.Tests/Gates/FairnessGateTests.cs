using System.Text.Json.Nodes;

namespace Tollgate.Core.Tests.Gates;

public class FairnessGateTests
{
    /// <summary>Adds a 'region' column (not a feature) derived from each row.</summary>
    private static void AddRegion(TempDir dir, Func<string[], int, string> region)
    {
        var csv = Path.Combine(dir.Path, "data.csv");
        var lines = File.ReadAllLines(csv);
        File.WriteAllLines(csv, [lines[0] + ",region", .. lines.Skip(1).Select((l, i) => l + "," + region(l.Split(','), i))]);
    }

    [Test]
    public async Task Fails_when_positive_rates_differ_across_a_sensitive_column_that_tracks_the_contract()
    {
        // Arrange: region equals "monthly contract or not", and monthly contracts churn far more
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: "      - fairness:\n          sensitive: region\n          maxDemographicParityDifference: 0.2\n          maxEqualizedOddsDifference: 0.9");
        AddRegion(dir, (cells, _) => cells[2] == "monthly" ? "east" : "west");
        var model = GateRun.Train(config, dir, "m");

        // Act
        var result = await GateRun.Evaluate(config, model);

        // Assert
        Assert.That(result.Verdict, Is.EqualTo("fail"), result.Message);
        Assert.That(result.Message, Does.Contain("demographic parity difference").And.Contain("> 0.2"));
        var groups = result.Evidence!["groups"]!.AsObject();
        Assert.That(groups.Select(g => g.Key), Is.EqualTo(new[] { "east", "west" }));
        var east = groups["east"]!["positiveRate"]!.GetValue<double>();
        var west = groups["west"]!["positiveRate"]!.GetValue<double>();
        Assert.That(result.Evidence["demographicParityDifference"]!.GetValue<double>(), Is.EqualTo(Math.Abs(east - west)).Within(1e-12));
        Assert.That(east, Is.GreaterThan(west));
        Assert.That(groups["east"]!["tpr"], Is.Not.Null);
        Assert.That(groups["west"]!["fpr"], Is.Not.Null);
    }

    [Test]
    public async Task Passes_when_the_sensitive_column_is_unrelated_to_the_outcome()
    {
        // Arrange: region alternates row by row, independent of churn
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: "      - fairness:\n          sensitive: region\n          maxDemographicParityDifference: 0.25\n          maxEqualizedOddsDifference: 0.3");
        AddRegion(dir, (_, i) => i % 2 == 0 ? "north" : "south");
        var model = GateRun.Train(config, dir, "m");

        // Act
        var result = await GateRun.Evaluate(config, model);

        // Assert
        Assert.That(result.Verdict, Is.EqualTo("pass"), result.Message);
        var groups = result.Evidence!["groups"]!.AsObject();
        Assert.That(groups.Sum(g => g.Value!["count"]!.GetValue<int>()), Is.GreaterThan(100));
        Assert.That(result.Inputs["sensitive"], Is.EqualTo("region"));
    }

    [Test]
    public async Task Refuses_a_regression_model_with_a_clear_error()
    {
        // Arrange: predict charges instead of churn
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, trainer: "sdca-regression", gates: "      - fairness:\n          sensitive: contract");
        var spec = Path.Combine(dir.Path, "training.yml");
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("label: churned", "label: charges").Replace("task: binary", "task: regression").Replace("[tenure, charges]", "[tenure]"));
        var model = GateRun.Train(config, dir, "m");

        // Act
        var ex = await Assert.ThrowsAsync<TollgateException>(() => GateRun.Evaluate(config, model));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.GateTaskUnsupported));
        Assert.That(ex.Message, Does.Contain("needs a binary task").And.Contain("'regression'"));
    }
}
