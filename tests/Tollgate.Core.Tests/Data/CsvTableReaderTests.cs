using Tollgate.Core.Data;

namespace Tollgate.Core.Tests.Data;

[TestFixture]
public sealed class CsvTableReaderTests : TempFilesFixture
{
    [Test]
    public void Reads_quoted_fields_with_commas_quotes_and_newlines()
    {
        // Arrange
        var path = Files.Write("q.csv", "id,text\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"two\nlines\"\r\n");

        // Act
        var table = CsvTableReader.Read(path, new DataReadOptions { Overrides = new Dictionary<string, ColumnKind> { ["text"] = ColumnKind.Text } });

        // Assert
        Assert.That(table.RowCount, Is.EqualTo(3));
        Assert.That(table.Column("text").Labels, Is.EqualTo(new[] { "a, b", "say \"hi\"", "two\nlines" }));
        Assert.That(table.Column("id").Values, Is.EqualTo(new[] { 1.0, 2.0, 3.0 }));
    }

    [Test]
    public void Parses_numbers_with_invariant_culture_and_exponents()
    {
        // Arrange
        var path = Files.Write("n.csv", "v\n1.5\n-2e-3\n1e+10\n0.1\n");

        // Act
        var values = CsvTableReader.Read(path).Column("v").Values;

        // Assert
        Assert.That(values, Is.EqualTo(new[] { 1.5, -2e-3, 1e10, 0.1 }));
    }

    [Test]
    public void Infers_numeric_categorical_boolean_text_and_timestamp()
    {
        // Arrange
        var lines = new List<string> { "num,cat,flag,when,free" };
        for (var i = 0; i < 40; i++)
        {
            lines.Add($"{i * 0.5},{(i % 3 == 0 ? "red" : "blue")},{(i % 2 == 0 ? "true" : "false")},2024-01-{(i % 28) + 1:00}T10:00:00Z,text number {i}");
        }

        var path = Files.Write("s.csv", string.Join('\n', lines));

        // Act
        var table = CsvTableReader.Read(path);

        // Assert
        Assert.That(table.Columns.Select(c => c.Kind), Is.EqualTo(new[] { ColumnKind.Numeric, ColumnKind.Categorical, ColumnKind.Boolean, ColumnKind.Timestamp, ColumnKind.Text }));
    }

    [Test]
    public void Counts_missing_and_non_finite_cells_separately()
    {
        // Arrange
        var path = Files.Write("m.csv", "v\n1\n\nNA\nNaN\ninf\n2\n");

        // Act
        var column = CsvTableReader.Read(path, new DataReadOptions { Overrides = new Dictionary<string, ColumnKind> { ["v"] = ColumnKind.Numeric } }).Column("v");

        // Assert (the blank line is skipped as a blank row; NA is missing; NaN and inf are non-finite)
        Assert.That(column.Missing, Is.EqualTo(1));
        Assert.That(column.NonFinite, Is.EqualTo(2));
        Assert.That(column.FiniteValues(), Is.EqualTo(new[] { 1.0, 2.0 }));
    }

    [Test]
    public void Rejects_ragged_rows_with_file_and_line()
    {
        // Arrange
        var path = Files.Write("r.csv", "a,b\n1,2\n3\n");

        // Act
        var ex = Assert.Throws<TollgateException>(() => CsvTableReader.Read(path));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.DataRaggedRow));
        Assert.That(ex.Message, Does.Contain("r.csv line 3"));
    }

    [Test]
    public void Rejects_unparseable_number_with_line_and_column()
    {
        // Arrange
        var rows = Enumerable.Range(0, 1200).Select(i => $"{i},x").ToList();
        rows[1100] = "oops,x";
        var path = Files.Write("bad.csv", "v,w\n" + string.Join('\n', rows));

        // Act
        var ex = Assert.Throws<TollgateException>(() => CsvTableReader.Read(path));

        // Assert (header is line 1, so row index 1100 is on line 1102)
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.DataValueInvalid));
        Assert.That(ex.Message, Does.Contain("line 1102, column 'v'"));
    }

    [Test]
    public void Rejects_empty_file()
    {
        // Arrange
        var path = Files.Write("e.csv", string.Empty);

        // Act
        var ex = Assert.Throws<TollgateException>(() => CsvTableReader.Read(path));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.DataFileEmpty));
    }

    [Test]
    public void Rejects_header_without_rows()
    {
        // Arrange
        var path = Files.Write("h.csv", "a,b\n");

        // Act / Assert
        Assert.That(() => CsvTableReader.Read(path), Throws.TypeOf<TollgateException>().With.Property("Code").EqualTo(ErrorCodes.DataFileEmpty));
    }

    [Test]
    public void Rejects_unclosed_quote()
    {
        // Arrange
        var path = Files.Write("u.csv", "a\n\"never closed\n");

        // Act / Assert
        Assert.That(() => CsvTableReader.Read(path), Throws.TypeOf<TollgateException>().With.Message.Contains("line 2"));
    }

    [Test]
    public void Loads_only_selected_columns()
    {
        // Arrange
        var path = Files.Write("c.csv", "a,b,c\n1,2,3\n4,5,6\n");

        // Act
        var table = CsvTableReader.Read(path, new DataReadOptions { Columns = ["c"] });

        // Assert
        Assert.That(table.Columns.Select(c => c.Name), Is.EqualTo(new[] { "c" }));
        Assert.That(table.Column("c").Values, Is.EqualTo(new[] { 3.0, 6.0 }));
    }

    [Test]
    public void Reads_rows_across_buffer_boundaries()
    {
        // Arrange: > 1 MiB so the tokenizer refills mid-field.
        var rng = new Random(7);
        var expected = Enumerable.Range(0, 150_000).Select(_ => Math.Round(rng.NextDouble() * 1000, 6)).ToArray();
        var path = Files.Write("big.csv", "v,label\n" + string.Join('\n', expected.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + ",\"q\"")));

        // Act
        var values = CsvTableReader.Read(path).Column("v").Values;

        // Assert
        Assert.That(values, Is.EqualTo(expected));
    }

    [Test]
    public void Reads_plain_rows_and_special_rows_mixed_across_buffer_boundaries_alike()
    {
        // Arrange: plain rows take the no-copy fast path; CRLF, quoted, blank and trailing-comma rows the general one.
        var rng = new Random(9);
        var sb = new System.Text.StringBuilder("a,b,c\n");
        var a = new List<double>();
        var b = new List<double>();
        var c = new List<string?>();
        for (var i = 0; i < 120_000; i++)
        {
            var x = Math.Round(rng.NextDouble() * 1e4, 9);
            var y = rng.NextDouble() - 0.5;
            var xs = x.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            var ys = y.ToString("G17", System.Globalization.CultureInfo.InvariantCulture);
            a.Add(x);
            b.Add(double.Parse(ys, System.Globalization.CultureInfo.InvariantCulture));
            switch (i % 5)
            {
                case 0: sb.Append(xs).Append(',').Append(ys).Append(",\"q,").Append(i).Append("\"\r\n"); c.Add("q," + i); break;
                case 1: sb.Append(xs).Append(',').Append(ys).Append(",\n\n"); c.Add(null); break;
                default: sb.Append(xs).Append(',').Append(ys).Append(",k").Append(i % 3).Append('\n'); c.Add("k" + (i % 3)); break;
            }
        }

        var path = Files.Write("mixed.csv", sb.ToString());

        // Act
        var table = CsvTableReader.Read(path, new DataReadOptions { Overrides = new Dictionary<string, ColumnKind> { ["c"] = ColumnKind.Text } });

        // Assert
        Assert.That(table.RowCount, Is.EqualTo(120_000));
        Assert.That(table.Column("a").Values, Is.EqualTo(a.ToArray()));
        Assert.That(table.Column("b").Values, Is.EqualTo(b.ToArray()));
        Assert.That(table.Column("c").Labels, Is.EqualTo(c.ToArray()));
    }

    [Test]
    public void Rejects_a_ragged_plain_row_with_its_line()
    {
        // Arrange: past the inference rows, so the short row arrives through the fast path.
        var path = Files.Write("ragged.csv", "a,b\n1,2\n3,4\n5\n6,7\n");

        // Act
        var ex = Assert.Throws<TollgateException>(() => CsvTableReader.Read(path, new DataReadOptions { InferenceRows = 1 }));

        // Assert
        Assert.That(ex!.Message, Does.Contain("line 4"));
    }
}
