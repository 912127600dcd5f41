using Parquet.Schema;
using Tollgate.Core.Data;

namespace Tollgate.Core.Tests.Data;

[TestFixture]
public sealed class OtherReadersTests : TempFilesFixture
{
    [Test]
    public void Reads_json_lines_with_missing_keys_and_nulls()
    {
        // Arrange
        var path = Files.Write("d.jsonl", "{\"x\": 1.5, \"c\": \"a\"}\n{\"x\": null, \"c\": \"b\"}\n\n{\"c\": \"a\"}\n{\"x\": 2}\n");

        // Act
        var table = DataFiles.Read(path);

        // Assert
        Assert.That(table.RowCount, Is.EqualTo(4));
        Assert.That(table.Column("x").Missing, Is.EqualTo(2));
        Assert.That(table.Column("x").FiniteValues(), Is.EqualTo(new[] { 1.5, 2.0 }));
        Assert.That(table.Column("c").Missing, Is.EqualTo(1));
    }

    [Test]
    public void Reports_invalid_json_line()
    {
        // Arrange
        var path = Files.Write("bad.jsonl", "{\"x\": 1}\n{\"x\": \n");

        // Act / Assert
        Assert.That(() => DataFiles.Read(path), Throws.TypeOf<TollgateException>().With.Message.Contains("line 2"));
    }

    [Test]
    public async Task Reads_parquet_numeric_and_string_columns()
    {
        // Arrange
        var schema = new ParquetSchema(new DataField<double>("x"), new DataField<string>("c"));
        var path = await Files.WriteParquetAsync("d.parquet", schema, async group =>
        {
            await group.WriteAsync(schema.DataFields[0], new ReadOnlyMemory<double>([1.0, 2.5, 4.0]));
            await group.WriteAsync(schema.DataFields[1], new[] { "a", "b", "a" });
        });

        // Act
        var table = DataFiles.Read(path);

        // Assert
        Assert.That(table.Column("x").Values, Is.EqualTo(new[] { 1.0, 2.5, 4.0 }));
        Assert.That(table.Column("c").Labels, Is.EqualTo(new[] { "a", "b", "a" }));
        Assert.That(table.Column("c").Kind, Is.EqualTo(ColumnKind.Categorical));
    }

    [Test]
    public void Rejects_unknown_extension()
    {
        // Arrange
        var path = Files.Write("d.xlsx", "x");

        // Act / Assert
        Assert.That(() => DataFiles.Read(path), Throws.TypeOf<TollgateException>().With.Property("Code").EqualTo(ErrorCodes.DataFormatUnsupported));
    }
}
