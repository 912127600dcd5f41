using System.Globalization;
using System.Text;
using Tollgate.Core.Statistics;

namespace Tollgate.Cli.Tests.Commands;

/// <summary>
/// <c>tollgate stat ks|wasserstein|psi</c> on samples large enough for the radix sort and concurrent reading, written
/// as NumPy writes them (17 significant digits): the CLI, which sorts and selects in its own arrays, must print what
/// the Core tests compute on untouched copies.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class StatLargeSampleCommandTests
{
    private string folder = null!;
    private double[] a = null!;
    private double[] b = null!;
    private string aPath = null!;
    private string bPath = null!;

    [OneTimeSetUp]
    public void SetUp()
    {
        folder = Path.Combine(Path.GetTempPath(), "tollgate-stat-large-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        a = Normal(120_000, 0, 1);
        b = Normal(90_000, 0.03, 2);
        aPath = Write("a.csv", a, "R");
        bPath = Write("b.csv", b, "G17");
    }

    [OneTimeTearDown]
    public void TearDown() => Directory.Delete(folder, true);

    [Test]
    public void Ks_matches_the_core_test_on_copies()
    {
        // Arrange
        var expected = KolmogorovSmirnov.Test(a, b);

        // Act
        var json = Run("ks");

        // Assert
        Assert.That(json.GetProperty("statistic").GetDouble(), Is.EqualTo(expected.Statistic));
        Assert.That(json.GetProperty("pvalue").GetDouble(), Is.EqualTo(expected.PValue));
    }

    [Test]
    public void Wasserstein_matches_the_core_test_on_copies()
    {
        // Arrange
        var expected = Wasserstein.Test(a, b);

        // Act
        var json = Run("wasserstein");

        // Assert
        Assert.That(json.GetProperty("statistic").GetDouble(), Is.EqualTo(expected.Statistic));
        Assert.That(json.GetProperty("normalized").GetDouble(), Is.EqualTo((double)expected.Extra["normalized"]));
    }

    [Test]
    public void Psi_matches_the_core_test_on_copies()
    {
        // Arrange
        var expected = PopulationStability.Test(a, b);

        // Act
        var json = Run("psi");

        // Assert
        Assert.That(json.GetProperty("statistic").GetDouble(), Is.EqualTo(expected.Statistic));
        Assert.That(json.GetProperty("edges").EnumerateArray().Select(e => e.GetDouble()), Is.EqualTo((double[])expected.Extra["edges"]));
        Assert.That(json.GetProperty("cur_counts").EnumerateArray().Select(e => e.GetInt64()), Is.EqualTo((long[])expected.Extra["cur_counts"]));
    }

    [Test]
    public void A_bad_value_in_b_is_reported_with_its_file_and_line_while_a_reads_concurrently()
    {
        // Arrange
        var bad = Path.Combine(folder, "bad.csv");
        File.WriteAllText(bad, "x\n1.5\n2.5\nabc\n");

        // Act
        var (exit, _, stderr) = Cli("stat", "ks", "--a", aPath, "--b", bad, "--json");

        // Assert
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("TOLLGATE").And.Contain("bad.csv line 4").And.Contain("'abc'"));
    }

    [Test]
    public void When_both_files_are_bad_the_error_of_a_is_reported()
    {
        // Arrange
        var badA = Path.Combine(folder, "bad-a.csv");
        var badB = Path.Combine(folder, "bad-b.csv");
        File.WriteAllText(badA, "x\n1\nnope\n");
        File.WriteAllText(badB, "x\n1\nalso-bad\n");

        // Act
        var (exit, _, stderr) = Cli("stat", "wasserstein", "--a", badA, "--b", badB, "--json");

        // Assert
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("bad-a.csv").And.Not.Contain("bad-b.csv"));
    }

    private static (int Exit, string Out, string Err) Cli(params string[] args) => Support.CliHarness.Run(args);

    private JsonElement Run(string test)
    {
        var (exit, stdout, stderr) = Cli("stat", test, "--a", aPath, "--b", bPath, "--json");
        Assert.That(exit, Is.Zero, stderr);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private string Write(string name, double[] values, string format)
    {
        var path = Path.Combine(folder, name);
        var sb = new StringBuilder("x\n");
        foreach (var v in values)
        {
            sb.Append(v.ToString(format, CultureInfo.InvariantCulture)).Append('\n');
        }

        File.WriteAllText(path, sb.ToString());
        return path;
    }

    private static double[] Normal(int n, double shift, int seed)
    {
        var rng = new Random(seed);
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = shift + (Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble()));
        }

        return x;
    }
}
