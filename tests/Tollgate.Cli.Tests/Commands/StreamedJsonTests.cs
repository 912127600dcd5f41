using Tollgate.Core.Statistics.Drift;

namespace Tollgate.Cli.Tests.Commands;

/// <summary>The streamed JSON document (wide drift reports) is byte for byte the one the in-memory renderer builds.</summary>
[TestFixture]
[NonParallelizable]
public sealed class StreamedJsonTests
{
    [TestCase(0)]
    [TestCase(1)]
    public void Streamed_output_equals_the_rendered_document(int exitCode)
    {
        // Arrange: a report with nested objects, nulls, non-ASCII text and many columns
        var columns = Enumerable.Range(0, 500).Select(i => new ColumnDrift
        {
            Column = $"c{i}é\"",
            Kind = "numeric",
            Status = "tested",
            PValue = i / 1000.0,
            Metrics = new Dictionary<string, double?> { ["psi"] = i, ["ks_pvalue"] = null },
        }).ToList();
        var report = new DriftReport { Reference = "ref.csv", Current = "cür.csv", TestedColumns = 500, Options = new DriftOptions(), Columns = columns };
        var expected = JsonOutput.Render(report, exitCode) + Environment.NewLine;
        var saved = Console.Out;
        using var captured = new StringWriter();
        Console.SetOut(captured);

        // Act
        try
        {
            JsonOutput.WriteStreamed(report, exitCode);
        }
        finally
        {
            Console.SetOut(saved);
        }

        // Assert
        Assert.That(captured.ToString(), Is.EqualTo(expected));
    }
}
