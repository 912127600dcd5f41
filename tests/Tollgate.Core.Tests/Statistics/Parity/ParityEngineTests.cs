using Tollgate.Core.Data;
using Tollgate.Core.Statistics.Parity;
using Tollgate.Core.Tests.Data;

namespace Tollgate.Core.Tests.Statistics.Parity;

[TestFixture]
public sealed class ParityEngineTests : TempFilesFixture
{
    [Test]
    public void Classification_reports_agreement_accuracy_and_mcnemar()
    {
        // Arrange: 100 rows; baseline right on 80, candidate right on 70, 12 only-baseline vs 2 only-candidate.
        var (b, c) = Classifier(100, baseOnly: 12, candOnly: 2, bothRight: 68);

        // Act
        var report = ParityEngine.Run(DataFiles.Read(b), DataFiles.Read(c), new ParityOptions { Task = "binary" });

        // Assert
        Assert.That(report.Task, Is.EqualTo("binary"));
        Assert.That(report.Metrics["baseline_accuracy"], Is.EqualTo(0.80).Within(1e-12));
        Assert.That(report.Metrics["candidate_accuracy"], Is.EqualTo(0.70).Within(1e-12));
        Assert.That(report.Metrics["mcnemar_exact_statistic"], Is.EqualTo(2));

        // Two-sided binomial p for 2 of 14 at ½: 2·(1 + 14 + 91)/2^14.
        Assert.That(report.Metrics["mcnemar_exact_pvalue"], Is.EqualTo(2 * 106 / 16384.0).Within(1e-12));
        Assert.That(report.Passed, Is.False);
    }

    [Test]
    public void Regression_with_margin_passes_tost_for_close_scores()
    {
        // Arrange
        var rng = new Random(11);
        var baseLines = new List<string> { "prediction" };
        var candLines = new List<string> { "prediction" };
        for (var i = 0; i < 300; i++)
        {
            var y = rng.NextDouble() * 10;
            baseLines.Add(FormattableString.Invariant($"{y:R}"));
            candLines.Add(FormattableString.Invariant($"{y + ((rng.NextDouble() - 0.5) * 0.02):R}"));
        }

        var b = Files.Write("b.csv", string.Join('\n', baseLines));
        var c = Files.Write("c.csv", string.Join('\n', candLines));

        // Act
        var report = ParityEngine.Run(DataFiles.Read(b), DataFiles.Read(c), new ParityOptions { Margin = 0.01 });

        // Assert
        Assert.That(report.Task, Is.EqualTo("regression"));
        Assert.That(report.Metrics["max_abs_difference"], Is.LessThanOrEqualTo(0.01));
        Assert.That(report.Metrics["tost_pvalue"], Is.LessThan(0.05));
        Assert.That(report.Passed, Is.True);
    }

    private (string Baseline, string Candidate) Classifier(int n, int baseOnly, int candOnly, int bothRight)
    {
        var b = new List<string> { "label,prediction" };
        var c = new List<string> { "label,prediction" };
        for (var i = 0; i < n; i++)
        {
            var label = i % 2;
            var baseRight = i < bothRight + baseOnly;
            var candRight = i < bothRight || (i >= bothRight + baseOnly && i < bothRight + baseOnly + candOnly);
            b.Add($"{label},{(baseRight ? label : 1 - label)}");
            c.Add($"{label},{(candRight ? label : 1 - label)}");
        }

        return (Files.Write("b.csv", string.Join('\n', b)), Files.Write("c.csv", string.Join('\n', c)));
    }
}
