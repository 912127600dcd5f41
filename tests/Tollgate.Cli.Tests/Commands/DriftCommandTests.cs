namespace Tollgate.Cli.Tests.Commands;

[TestFixture]
[NonParallelizable]
public sealed class DriftCommandTests
{
    private string folder = null!;

    [SetUp]
    public void SetUp()
    {
        folder = TestTemp.NewFolder("drift");
    }

    [TearDown]
    public void TearDown() => TestTemp.TryDelete(folder);

    [Test]
    public async Task Exits_0_when_nothing_drifted()
    {
        // Arrange
        var reference = Data("ref.csv", 0, 1);

        // Act
        var (exit, stdout, _) = await StatCliHarness.RunAsync("drift", "--reference", reference, "--current", reference);

        // Assert
        Assert.That(exit, Is.Zero);
        using var doc = JsonDocument.Parse(stdout);
        Assert.That(doc.RootElement.GetProperty("datasetDrift").GetBoolean(), Is.False);
        Assert.That(doc.RootElement.GetProperty("columns").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public async Task Exits_1_on_drift_and_renders_markdown()
    {
        // Arrange
        var reference = Data("ref.csv", 0, 1);
        var current = Data("cur.csv", 2, 2);

        // Act
        var (exit, stdout, _) = await StatCliHarness.RunAsync("drift", "--reference", reference, "--current", current, "--format", "md");

        // Assert
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(stdout, Does.Contain("# Drift report").And.Contain("| x | numeric | drift | ks |"));
    }

    [Test]
    public async Task Reads_settings_from_config_and_compares_selected_columns()
    {
        // Arrange
        var reference = Data("ref.csv", 0, 1);
        var current = Data("cur.csv", 2, 2);
        var config = Path.Combine(folder, "tollgate.yml");
        File.WriteAllText(config, "model:\n  name: drift-test\ndrift:\n  alpha: 0.01\n  correction: bh\n  numericEffect: ks\n  threshold: 0.2\n");

        // Act
        var (exit, stdout, _) = await StatCliHarness.RunAsync("drift", "--reference", reference, "--current", current, "--columns", "x", "--config", config);

        // Assert
        using var doc = JsonDocument.Parse(stdout);
        var column = doc.RootElement.GetProperty("columns")[0];
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(doc.RootElement.GetProperty("columns").GetArrayLength(), Is.EqualTo(1));
        Assert.That(column.GetProperty("effectMetric").GetString(), Is.EqualTo("ks"));
        Assert.That(doc.RootElement.GetProperty("options").GetProperty("adjust").GetString(), Is.EqualTo("bh"));
    }

    [Test]
    public async Task Bad_cell_in_current_exits_2_naming_file_line_and_column()
    {
        // Arrange
        var reference = Data("ref.csv", 0, 1);
        var current = Path.Combine(folder, "cur.csv");
        File.WriteAllText(current, "x,color\n1.5,red\nabc,blue\n");

        // Act
        var (exit, _, stderr) = await StatCliHarness.RunAsync("drift", "--reference", reference, "--current", current);

        // Assert
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("cur.csv line 3, column 'x'"));
    }

    private string Data(string name, double shift, int seed)
    {
        var rng = new Random(seed);
        var lines = new List<string> { "x,color" };
        for (var i = 0; i < 400; i++)
        {
            var x = shift + rng.NextDouble();
            lines.Add(FormattableString.Invariant($"{x:R},{(rng.NextDouble() < 0.5 ? "red" : "blue")}"));
        }

        var path = Path.Combine(folder, name);
        File.WriteAllText(path, string.Join('\n', lines));
        return path;
    }
}
