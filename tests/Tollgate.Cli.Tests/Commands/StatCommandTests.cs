namespace Tollgate.Cli.Tests.Commands;

[TestFixture]
[NonParallelizable]
public sealed class StatCommandTests
{
    private string folder = null!;

    [SetUp]
    public void SetUp()
    {
        folder = TestTemp.NewFolder("stat");
    }

    [TearDown]
    public void TearDown() => TestTemp.TryDelete(folder);

    [Test]
    public async Task Ks_prints_statistic_and_exact_p_value_as_json()
    {
        // Arrange: disjoint samples of 3 and 4 → D = 1, exact p = 2/C(7,3) = 2/35.
        var a = Csv("a.csv", "x", "1", "2", "3");
        var b = Csv("b.csv", "y", "10", "11", "12", "13");

        // Act
        var (exit, stdout, _) = await StatCliHarness.RunAsync("stat", "ks", "--a", a, "--b", b, "--param", "method=exact", "--json");

        // Assert
        Assert.That(exit, Is.Zero);
        using var doc = JsonDocument.Parse(stdout);
        Assert.That(doc.RootElement.GetProperty("test").GetString(), Is.EqualTo("ks"));
        Assert.That(doc.RootElement.GetProperty("statistic").GetDouble(), Is.EqualTo(1.0));
        Assert.That(doc.RootElement.GetProperty("pvalue").GetDouble(), Is.EqualTo(2.0 / 35).Within(1e-15));
    }

    [Test]
    public async Task Psi_prints_edges_and_counts()
    {
        // Arrange
        var a = Csv("a.csv", "v", "1", "2", "3", "4", "5");
        var b = Csv("b.csv", "v", "1", "1", "5", "5", "9");

        // Act
        var (exit, stdout, _) = await StatCliHarness.RunAsync("stat", "psi", "--a", a, "--b", b, "--param", "bins=2", "--json");

        // Assert
        using var doc = JsonDocument.Parse(stdout);
        Assert.That(exit, Is.Zero);
        Assert.That(doc.RootElement.GetProperty("edges").EnumerateArray().Select(e => e.GetDouble()), Is.EqualTo(new[] { 3.0 }));
        Assert.That(doc.RootElement.GetProperty("ref_counts").EnumerateArray().Select(e => e.GetInt64()), Is.EqualTo(new long[] { 3, 2 }));
        Assert.That(doc.RootElement.GetProperty("cur_counts").EnumerateArray().Select(e => e.GetInt64()), Is.EqualTo(new long[] { 2, 3 }));
        Assert.That(doc.RootElement.GetProperty("pvalue").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task Undefined_result_prints_null_not_a_number()
    {
        // Arrange
        var a = Csv("a.csv", "v", "5", "5", "5");

        // Act
        var (exit, stdout, _) = await StatCliHarness.RunAsync("stat", "welch-t", "--a", a, "--b", a, "--json");

        // Assert
        Assert.That(exit, Is.Zero);
        Assert.That(stdout.Trim(), Is.EqualTo("{\"test\":\"welch-t\",\"statistic\":null,\"pvalue\":null,\"df\":null}"));
    }

    [Test]
    public async Task Anderson_ksamp_takes_repeated_samples_and_prints_critical_values()
    {
        // Arrange
        var s1 = Csv("s1.csv", "v", "1", "2", "3", "4", "5", "6");
        var s2 = Csv("s2.csv", "v", "4", "5", "6", "7", "8", "9");
        var s3 = Csv("s3.csv", "v", "2", "3", "5", "8", "9", "10");

        // Act
        var (exit, stdout, _) = await StatCliHarness.RunAsync("stat", "anderson-ksamp", "--sample", s1, "--sample", s2, "--sample", s3, "--json");

        // Assert
        using var doc = JsonDocument.Parse(stdout);
        Assert.That(exit, Is.Zero);
        Assert.That(doc.RootElement.GetProperty("critical_values").GetArrayLength(), Is.EqualTo(7));
        Assert.That(doc.RootElement.GetProperty("pvalue").GetDouble(), Is.InRange(0.001, 0.25));
    }

    [Test]
    public async Task Adjust_returns_adjusted_values_in_input_order()
    {
        // Arrange
        var p = Csv("p.csv", "p", "0.04", "0.01", "0.03");

        // Act
        var (_, stdout, _) = await StatCliHarness.RunAsync("stat", "adjust", "--a", p, "--param", "method=holm", "--json");

        // Assert: sorted 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 → max(0.06, 0.04) = 0.06.
        using var doc = JsonDocument.Parse(stdout);
        Assert.That(doc.RootElement.GetProperty("adjusted").EnumerateArray().Select(e => e.GetDouble()), Is.EqualTo(new[] { 0.06, 0.03, 0.06 }).Within(1e-15));
    }

    [Test]
    public async Task Mcnemar_reads_correctness_columns_by_name()
    {
        // Arrange
        var a = Csv("a.csv", "id,ok", "1,1", "2,1", "3,1", "4,0", "5,1");
        var b = Csv("b.csv", "id,ok", "1,0", "2,0", "3,1", "4,0", "5,0");

        // Act
        var (exit, stdout, _) = await StatCliHarness.RunAsync("stat", "mcnemar", "--a", a, "--b", b, "--column", "ok", "--json");

        // Assert: b = 3, c = 0 → exact p = 2·(1/8) = 0.25.
        using var doc = JsonDocument.Parse(stdout);
        Assert.That(exit, Is.Zero);
        Assert.That(doc.RootElement.GetProperty("pvalue").GetDouble(), Is.EqualTo(0.25).Within(1e-15));
    }

    [Test]
    public async Task Unknown_parameter_exits_2_with_a_clear_message()
    {
        // Arrange
        var a = Csv("a.csv", "v", "1", "2");

        // Act
        var (exit, _, stderr) = await StatCliHarness.RunAsync("stat", "ks", "--a", a, "--b", a, "--param", "bins=3", "--json");

        // Assert
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("TOLLGATE0602").And.Contain("no parameter 'bins'"));
    }

    [Test]
    public async Task Missing_values_in_input_exit_2()
    {
        // Arrange
        var a = Csv("a.csv", "v", "1", "NA", "3");
        var b = Csv("b.csv", "v", "1", "2", "3");

        // Act
        var (exit, _, stderr) = await StatCliHarness.RunAsync("stat", "mann-whitney", "--a", a, "--b", b, "--json");

        // Assert
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("TOLLGATE0601"));
    }

    private string Csv(string name, string header, params string[] rows)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, header + "\n" + string.Join('\n', rows) + "\n");
        return path;
    }
}
