using System.Text.Json;
using Parquet.Schema;
using Tollgate.Core.Data;
using Tollgate.Core.Statistics.Drift;

namespace Tollgate.Core.Tests.Data;

/// <summary>Wide inputs are bounded by the memory budget (column batches), not by columns × rows (README, Limits).</summary>
[TestFixture]
public sealed class WideInputTests : TempFilesFixture
{
    private const int Columns = 50_000;
    private const int Rows = 40;

    [Test]
    public void Drift_over_50000_columns_holds_one_budgeted_batch_at_a_time_and_matches_a_single_pass()
    {
        // Arrange: a budget that fits 5,000 columns of 40 rows (8 bytes per cell + a 48-byte inference sample cell).
        var reference = WideCsv.Write(Path.Combine(Files.Folder, "ref.csv"), Columns, Rows, 0, 1);
        var current = WideCsv.Write(Path.Combine(Files.Folder, "cur.csv"), Columns, Rows, 5, 2);
        var budget = new DataMemoryBudget { BytesPerFile = 5_000L * Rows * (8 + 48) };
        var held = new List<int>();

        // Act
        var batched = DriftFiles.Run(reference, current, new DataReadOptions(), new DriftOptions(), budget, held.Add);
        var onePass = new List<int>();
        var single = DriftFiles.Run(reference, current, new DataReadOptions(), new DriftOptions(), new DataMemoryBudget { BytesPerFile = 1L << 40 }, onePass.Add);

        // Assert
        Assert.That(held, Has.Count.EqualTo(10));
        Assert.That(held.Max(), Is.EqualTo(5_000), "never more columns held than the budget allows");
        Assert.That(onePass, Is.EqualTo(new[] { Columns }));
        Assert.That(batched.Columns, Has.Count.EqualTo(Columns));
        Assert.That(batched.Columns.Where(c => c.Drifted).Select(c => c.Column), Is.EquivalentTo(Enumerable.Range(0, 50).Select(i => $"c{i * 1000}")));
        Assert.That(JsonSerializer.Serialize(batched), Is.EqualTo(JsonSerializer.Serialize(single)), "batching changes nothing in the report");
    }

    [Test]
    public void Batch_size_follows_the_budget_and_keeps_tall_files_in_one_pass()
    {
        // Arrange
        var budget = DataMemoryBudget.Default;

        // Act / Assert: the 20 × 1,000,000 bench input still loads in one pass; 50,000 × 1,000 does not.
        Assert.That(budget.ColumnsPerBatch(1_000_000, 1000), Is.GreaterThanOrEqualTo(20));
        Assert.That(budget.ColumnsPerBatch(1_000, 1000), Is.LessThan(Columns));
        Assert.That(budget.ColumnsPerBatch(long.MaxValue / 16, 1000), Is.EqualTo(1), "at least one column, however tall");
        Assert.That(DataMemoryBudget.FromEnvironment("64").BytesPerFile, Is.EqualTo(64L << 20));
        Assert.That(DataMemoryBudget.FromEnvironment("lots"), Is.EqualTo(budget));
    }

    [Test]
    public void Shape_reads_the_header_and_row_count_without_cells()
    {
        // Arrange
        var csv = WideCsv.Write(Path.Combine(Files.Folder, "w.csv"), 3, 5, 0, 1);
        var jsonl = Files.Write("w.jsonl", "{\"a\":1}\n{\"b\":2}\n\n{\"a\":3,\"c\":\"x\"}\n");

        // Act
        var csvShape = DataFiles.Shape(csv);
        var jsonShape = DataFiles.Shape(jsonl);
        var oneColumn = DataFiles.Read(jsonl, new DataReadOptions { Columns = ["a"] });

        // Assert
        Assert.That(csvShape.Header, Is.EqualTo(new[] { "c0", "c1", "c2" }));
        Assert.That(csvShape.Rows, Is.EqualTo(5));
        Assert.That(jsonShape.Header, Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(jsonShape.Rows, Is.EqualTo(3));
        Assert.That(oneColumn.Columns.Select(c => c.Name), Is.EqualTo(new[] { "a" }), "a batch keeps only its columns");
        Assert.That(oneColumn.Column("a").Values, Is.EqualTo(new[] { 1.0, double.NaN, 3.0 }));
    }

    [Test]
    public async Task Parquet_shape_comes_from_the_footer()
    {
        // Arrange
        var schema = new ParquetSchema(new DataField<double>("x"), new DataField<double>("y"));
        var path = await Files.WriteParquetAsync("w.parquet", schema, async group =>
        {
            await group.WriteAsync(schema.DataFields[0], new ReadOnlyMemory<double>([1.0, 2.5, 4.0]));
            await group.WriteAsync(schema.DataFields[1], new ReadOnlyMemory<double>([1.0, 2.5, 4.0]));
        });

        // Act
        var shape = DataFiles.Shape(path);

        // Assert
        Assert.That(shape.Header, Is.EqualTo(new[] { "x", "y" }));
        Assert.That(shape.Rows, Is.EqualTo(3));
    }

    [Test]
    public void A_row_longer_than_64_MiB_is_refused_with_a_code_not_read_into_memory()
    {
        // Arrange: one 65 MiB line, no newline (e.g. a binary file named .csv).
        var path = Path.Combine(Files.Folder, "long.csv");
        using (var stream = File.Create(path))
        {
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, (byte)'x');
            for (var i = 0; i < 65; i++)
            {
                stream.Write(chunk);
            }
        }

        // Act
        var error = Assert.Throws<TollgateException>(() => DataFiles.Shape(path))!;

        // Assert
        Assert.That(error.Code, Is.EqualTo(ErrorCodes.InputTooLarge));
        Assert.That(error.Message, Does.Contain("line 1").And.Contain("64 MiB"));
    }

    [Test]
    public void A_header_wider_than_the_column_limit_is_refused()
    {
        // Arrange
        var path = Files.Write("huge.csv", string.Join(',', Enumerable.Range(0, DataFiles.MaxColumns + 1).Select(i => $"c{i}")) + "\n1\n");

        // Act
        var error = Assert.Throws<TollgateException>(() => DataFiles.Shape(path))!;

        // Assert
        Assert.That(error.Code, Is.EqualTo(ErrorCodes.InputTooLarge));
    }
}
