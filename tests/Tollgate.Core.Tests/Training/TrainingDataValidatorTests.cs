using Tollgate.Core.Training;

namespace Tollgate.Core.Tests.Training;

public class TrainingDataValidatorTests
{
    private static TollgateException Train(Func<string[], string[]> edit)
    {
        using var dir = new TempDir();
        var config = SampleProject.Create(dir);
        var csv = Path.Combine(dir.Path, "data.csv");
        File.WriteAllLines(csv, edit(File.ReadAllLines(csv)));
        return Assert.Throws<TollgateException>(() => new ModelTrainer(config).Train(Path.Combine(dir.Path, "out"), _ => "1.0.0"))!;
    }

    private static string[] Set(string[] lines, int line, int column, string value)
    {
        var cells = lines[line - 1].Split(',');
        cells[column - 1] = value;
        lines[line - 1] = string.Join(',', cells);
        return lines;
    }

    [TestCase("Infinity", "is not a finite number")]
    [TestCase("1e400", "is not a finite number")]
    [TestCase("abc", "is not a number")]
    public void Refuses_a_bad_numeric_cell_naming_file_row_and_column(string value, string reason)
    {
        // Arrange / Act: column 1 is 'tenure', a numeric feature
        var ex = Train(lines => Set(lines, 7, 1, value));

        // Assert
        Assert.That(ex.Code, Is.EqualTo(ErrorCodes.DataValueInvalid));
        Assert.That(ex.Message, Does.Contain("data.csv(7,1)").And.Contain(reason).And.Contain("'tenure'"));
        Assert.That((ex.Line, ex.Column), Is.EqualTo((7, 1)));
    }

    [Test]
    public void Refuses_a_ragged_row()
    {
        // Act
        var ex = Train(lines => { lines[4] += ",extra"; return lines; });

        // Assert
        Assert.That(ex.Code, Is.EqualTo(ErrorCodes.DataRaggedRow));
        Assert.That(ex.Message, Does.Contain("data.csv(5,1)"));
    }

    [Test]
    public void Refuses_duplicate_header_names()
    {
        // Act
        var ex = Train(lines => { lines[0] = lines[0].Replace("charges", "tenure", StringComparison.Ordinal); return lines; });

        // Assert
        Assert.That(ex.Code, Is.EqualTo(ErrorCodes.DataHeaderMismatch));
        Assert.That(ex.Message, Does.Contain("'tenure' appears 2 times"));
    }

    [Test]
    public void Refuses_a_constant_label_and_a_non_binary_label()
    {
        // Act
        var constant = Train(lines => [lines[0], .. lines.Skip(1).Select(l => l[..l.LastIndexOf(',')] + ",0")]);
        var notBinary = Train(lines => Set(lines, 3, 4, "maybe"));

        // Assert
        Assert.That(constant.Message, Does.Contain("only the value '0'"));
        Assert.That(notBinary.Message, Does.Contain("label 'maybe'").And.Contain("data.csv(3,4)"));
    }
}
