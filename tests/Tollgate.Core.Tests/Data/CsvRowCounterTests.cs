using Tollgate.Core.Data;

namespace Tollgate.Core.Tests.Data;

[TestFixture]
public sealed class CsvRowCounterTests
{
    [TestCase("a,b\n1,2\n3,4\n", 2)]
    [TestCase("a,b\n1,2\n3,4", 2)]
    [TestCase("a,b\n1,\"x\ny\"\n3,4\n", 2)]
    [TestCase("a\n", 0)]
    public void Counts_data_rows_ignoring_newlines_inside_quotes(string content, long expected)
    {
        // Arrange
        using var files = new TempFiles();
        var path = files.Write("f.csv", content);

        // Act
        var rows = CsvRowCounter.CountDataRows(path);

        // Assert
        Assert.That(rows, Is.EqualTo(expected));
    }
}
