using System.Globalization;
using Tollgate.Core.Tests.Statistics;

namespace Tollgate.Cli.Tests.Commands;

/// <summary>
/// <c>tollgate stat delong|gst-boundaries|srm|prop-diff</c> with the command-line form scripts rely on: every case of the
/// second reference set run through the CLI, its <c>--json</c> fields named as the vectors' expected keys.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class StatComparisonCommandTests
{
    private string folder = null!;

    private static IEnumerable<TestCaseData> Cases() =>
        VectorCase.IdsV2().Select(id => new TestCaseData(id).SetName("Cli_" + id));

    [SetUp]
    public void SetUp()
    {
        folder = TestTemp.NewFolder("statv2");
    }

    [TearDown]
    public void TearDown() => TestTemp.TryDelete(folder);

    [TestCaseSource(nameof(Cases))]
    public async Task Prints_the_reference_values_as_json(string id)
    {
        // Arrange
        var c = VectorCase.GetV2(id);
        var args = Arguments(c);

        // Act
        var (exit, stdout, stderr) = await StatCliHarness.RunAsync([.. args, "--json"]);

        // Assert
        Assert.That(exit, Is.Zero, stderr);
        using var doc = JsonDocument.Parse(stdout);
        foreach (var field in c.Expected.EnumerateObject().Where(f => f.Name != "undefined"))
        {
            var actual = doc.RootElement.GetProperty(field.Name);
            if (field.Value.ValueKind == JsonValueKind.Array)
            {
                c.CheckList(field.Name, [.. actual.EnumerateArray().Select(e => e.GetDouble())]);
            }
            else
            {
                c.Check(field.Name, actual.ValueKind == JsonValueKind.Null ? double.NaN : actual.GetDouble());
            }
        }
    }

    [Test]
    public async Task Adjust_of_an_empty_p_value_vector_is_an_empty_vector()
    {
        // Arrange: a header and no values, as R's p.adjust(numeric(0)).
        var p = Path.Combine(folder, "p.csv");
        File.WriteAllText(p, "p\n");

        // Act
        var (exit, stdout, stderr) = await StatCliHarness.RunAsync("stat", "adjust", "--a", p, "--param", "method=holm", "--json");

        // Assert
        Assert.That(exit, Is.Zero, stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.That(doc.RootElement.GetProperty("adjusted").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Gst_boundaries_refuse_looks_that_do_not_end_at_one_with_exit_2()
    {
        // Act
        var (exit, stdout, _) = await StatCliHarness.RunAsync("stat", "gst-boundaries", "--param", "looks=0.1,0.5", "--param", "design=asOF", "--json");

        // Assert
        Assert.That(exit, Is.EqualTo(2));
        using var doc = JsonDocument.Parse(stdout);
        Assert.That(doc.RootElement.GetProperty("error").GetProperty("code").GetString(), Is.EqualTo("TOLLGATE0602"));
    }

    [Test]
    public async Task Delong_refuses_a_label_other_than_0_or_1_naming_the_row()
    {
        // Arrange
        var labels = Write("labels.csv", "label", ["0", "1", "2"]);
        var scores = Write("s.csv", "value", ["0.1", "0.2", "0.3"]);

        // Act
        var (exit, _, stderr) = await StatCliHarness.RunAsync("stat", "delong", "--labels", labels, "--a", scores, "--b", scores);

        // Assert
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("TOLLGATE0601").And.Contain("data row 3"));
    }

    [Test]
    public async Task Prop_diff_text_output_has_no_statistic_line()
    {
        // Act
        var (exit, stdout, _) = await StatCliHarness.RunAsync("stat", "prop-diff", "--param", "x1=37", "--param", "n1=1000", "--param", "x2=29", "--param", "n2=1000");

        // Assert
        Assert.That(exit, Is.Zero);
        Assert.That(stdout, Does.Contain("lower: ").And.Not.Contain("statistic"));
    }

    private List<string> Arguments(VectorCase c)
    {
        string Join(string name) => string.Join(",", c.Inputs.GetProperty(name).EnumerateArray().Select(e => e.GetRawText()));
        string P(string name) => c.Params.GetProperty(name).GetRawText();
        switch (c.Test)
        {
            case "delong_paired":
                return ["stat", "delong", "--labels", Csv(c, "labels", "label"), "--a", Csv(c, "scores1", "value"), "--b", Csv(c, "scores2", "value"), "--param", $"conf_level={P("conf_level")}"];
            case "gst_boundaries":
                var args = new List<string> { "stat", "gst-boundaries", "--param", $"looks={Join("information_rates")}", "--param", $"alpha={P("alpha")}", "--param", $"design={c.Param("type_of_design")}" };
                if (c.Params.TryGetProperty("gamma", out var gamma))
                {
                    args.AddRange(["--param", $"gamma={gamma.GetRawText()}"]);
                }

                return args;
            case "srm_chisq":
                return ["stat", "srm", "--param", $"counts={Join("counts")}", "--param", $"ratios={Join("ratios")}"];
            default:
                string I(string name) => $"{name}={c.Inputs.GetProperty(name).GetRawText()}";
                return ["stat", "prop-diff", "--param", I("x1"), "--param", I("n1"), "--param", I("x2"), "--param", I("n2"), "--param", $"method={c.Param("method")}", "--param", $"conf_level={P("conf_level")}"];
        }
    }

    /// <summary>The case's CSV file as it is, or its inline vector written as a one-column CSV file.</summary>
    private string Csv(VectorCase c, string input, string header)
    {
        var value = c.Inputs.GetProperty(input);
        if (value.ValueKind == JsonValueKind.Object)
        {
            return c.CsvPath(input);
        }

        return Write($"{input}.csv", header, [.. value.EnumerateArray().Select(e => e.GetDouble().ToString("R", CultureInfo.InvariantCulture))]);
    }

    private string Write(string name, string header, IEnumerable<string> values)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, header + "\n" + string.Join("\n", values) + "\n");
        return path;
    }
}
