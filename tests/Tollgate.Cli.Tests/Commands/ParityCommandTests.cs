namespace Tollgate.Cli.Tests.Commands;

[TestFixture]
[NonParallelizable]
public sealed class ParityCommandTests
{
    private string folder = null!;

    [SetUp]
    public void SetUp()
    {
        folder = TestTemp.NewFolder("parity");
    }

    [TearDown]
    public void TearDown() => TestTemp.TryDelete(folder);

    [Test]
    public async Task Identical_classifiers_pass_with_exit_0()
    {
        // Arrange
        var file = Write("b.csv", Enumerable.Range(0, 50).Select(i => $"{i % 2},{(i % 7 == 0 ? 1 - (i % 2) : i % 2)}"));

        // Act
        var (exit, stdout, _) = await StatCliHarness.RunAsync("parity", "--baseline", file, "--candidate", file, "--task", "binary");

        // Assert
        Assert.That(exit, Is.Zero);
        using var doc = JsonDocument.Parse(stdout);
        Assert.That(doc.RootElement.GetProperty("metrics").GetProperty("agreement").GetDouble(), Is.EqualTo(1.0));
        Assert.That(doc.RootElement.GetProperty("metrics").GetProperty("mcnemar_exact_pvalue").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task Much_worse_candidate_fails_with_exit_1()
    {
        // Arrange: baseline always right, candidate wrong on 30 of 100 rows.
        var baseline = Write("b.csv", Enumerable.Range(0, 100).Select(i => $"{i % 2},{i % 2}"));
        var candidate = Write("c.csv", Enumerable.Range(0, 100).Select(i => $"{i % 2},{(i < 30 ? 1 - (i % 2) : i % 2)}"));

        // Act
        var (exit, stdout, _) = await StatCliHarness.RunAsync("parity", "--baseline", baseline, "--candidate", candidate, "--format", "md");

        // Assert
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(stdout, Does.Contain("**FAIL**"));
    }

    [Test]
    public async Task Different_row_counts_exit_2()
    {
        // Arrange
        var baseline = Write("b.csv", ["1,1", "0,0"]);
        var candidate = Write("c.csv", ["1,1"]);

        // Act
        var (exit, _, stderr) = await StatCliHarness.RunAsync("parity", "--baseline", baseline, "--candidate", candidate);

        // Assert
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("same rows"));
    }

    private string Write(string name, IEnumerable<string> rows)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "label,prediction\n" + string.Join('\n', rows) + "\n");
        return path;
    }
}
