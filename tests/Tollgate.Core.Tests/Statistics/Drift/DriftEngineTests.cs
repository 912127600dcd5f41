using Tollgate.Core.Data;
using Tollgate.Core.Statistics.Drift;
using Tollgate.Core.Tests.Data;

namespace Tollgate.Core.Tests.Statistics.Drift;

[TestFixture]
public sealed class DriftEngineTests : TempFilesFixture
{
    [Test]
    public void Flags_shifted_numeric_and_categorical_columns()
    {
        // Arrange
        var reference = DataFiles.Read(Generate("ref.csv", 0, 0, 2000, 1));
        var current = DataFiles.Read(Generate("cur.csv", 1.0, 0.4, 2000, 2));

        // Act
        var report = DriftEngine.Run(reference, current, new DriftOptions());

        // Assert
        var x = report.Columns.Single(c => c.Column == "x");
        var stable = report.Columns.Single(c => c.Column == "stable");
        var color = report.Columns.Single(c => c.Column == "color");
        Assert.That(x.Drifted, Is.True);
        Assert.That(x.Test, Is.EqualTo("ks"));
        Assert.That(x.AdjustedPValue, Is.LessThan(1e-10));
        Assert.That(x.Histogram!.Edges, Has.Length.EqualTo(9));
        Assert.That(x.Ecdf!.X, Has.Length.EqualTo(101));
        Assert.That(stable.Drifted, Is.False);
        Assert.That(color.Drifted, Is.True);
        Assert.That(color.Histogram!.Categories, Is.EqualTo(new[] { "blue", "green", "red" }));
        Assert.That(report.DriftShare, Is.EqualTo(2.0 / 3).Within(1e-12));
        Assert.That(report.DatasetDrift, Is.True);
    }

    [Test]
    public void Identical_data_has_no_drift()
    {
        // Arrange
        var path = Generate("same.csv", 0, 0, 500, 3);

        // Act
        var report = DriftEngine.Run(DataFiles.Read(path), DataFiles.Read(path), new DriftOptions());

        // Assert
        Assert.That(report.DriftedColumns, Is.Zero);
        Assert.That(report.Columns.Where(c => c.PValue.HasValue).Select(c => c.PValue), Is.All.EqualTo(1.0));
    }

    [Test]
    public void Effect_gate_ignores_tiny_but_significant_shifts()
    {
        // Arrange: a 0.05 sd shift on 20,000 rows is significant (KS) but PSI stays far below 0.1.
        var reference = DataFiles.Read(Generate("r.csv", 0, 0, 20000, 4));
        var current = DataFiles.Read(Generate("c.csv", 0.05, 0, 20000, 5));

        // Act
        var both = DriftEngine.Run(reference, current, new DriftOptions());
        var pOnly = DriftEngine.Run(reference, current, new DriftOptions { Gate = DriftCriterion.PValue });

        // Assert
        Assert.That(pOnly.Columns.Single(c => c.Column == "x").Drifted, Is.True);
        Assert.That(both.Columns.Single(c => c.Column == "x").Drifted, Is.False);
    }

    [Test]
    public void Too_few_rows_give_insufficient_data_with_the_minimum()
    {
        // Arrange
        var reference = DataFiles.Read(Generate("r.csv", 0, 0, 10, 6));
        var current = DataFiles.Read(Generate("c.csv", 3, 0, 10, 7));

        // Act
        var report = DriftEngine.Run(reference, current, new DriftOptions { MinRows = 30 });

        // Assert
        var x = report.Columns.Single(c => c.Column == "x");
        Assert.That(x.Status, Is.EqualTo("insufficient-data"));
        Assert.That(x.MinimumRows, Is.EqualTo(30));
        Assert.That(x.PValue, Is.Null);
        Assert.That(report.TestedColumns, Is.Zero);
    }

    [Test]
    public void Missing_rate_jump_is_drift()
    {
        // Arrange
        var rows = Enumerable.Range(0, 200).Select(i => $"{i % 17}").ToList();
        var reference = DataFiles.Read(Files.Write("r.csv", "v\n" + string.Join('\n', rows)));
        var holes = rows.Select((v, i) => i % 4 == 0 ? string.Empty : v);
        var current = DataFiles.Read(Files.Write("c.csv", "v\n" + string.Join('\n', holes.Select(h => h.Length == 0 ? "NA" : h))));

        // Act
        var column = DriftEngine.Run(reference, current, new DriftOptions()).Columns[0];

        // Assert
        Assert.That(column.CurrentMissingRate, Is.EqualTo(0.25));
        Assert.That(column.MissingRateDrift, Is.True);
        Assert.That(column.Drifted, Is.True);
    }

    [Test]
    public void Rejects_header_mismatch()
    {
        // Arrange
        var reference = DataFiles.Read(Files.Write("r.csv", "a,b\n1,2\n"));
        var current = DataFiles.Read(Files.Write("c.csv", "a,c\n1,2\n"));

        // Act
        var ex = Assert.Throws<TollgateException>(() => DriftEngine.Run(reference, current, new DriftOptions()));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.DataHeaderMismatch));
        Assert.That(ex.Message, Does.Contain("only in reference [b]").And.Contain("only in current [c]"));
    }

    private string Generate(string name, double shift, double colorShift, int n, int seed)
    {
        var rng = new Random(seed);
        var lines = new List<string>(n + 1) { "x,stable,color" };
        for (var i = 0; i < n; i++)
        {
            var x = shift + (Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble()));
            var s = rng.NextDouble();
            var u = rng.NextDouble();
            var color = u < 0.5 - colorShift ? "red" : u < 0.8 - (colorShift / 2) ? "green" : "blue";
            lines.Add(FormattableString.Invariant($"{x:R},{s:R},{color}"));
        }

        return Files.Write(name, string.Join('\n', lines));
    }
}
