namespace Tollgate.Core.Tests.Gates;

/// <summary>The drift gate on three-valued verdicts: drifted columns decide, inconclusive ones are reported or block by policy.</summary>
public class DriftGateVerdictTests
{
    // 800 rows a side: the KS interval (DKW) is about ±0.1 wide, so a threshold of 0.06 cannot be decided either way.
    private const string Gate = "      - drift:\n          reference: data.csv\n          current: current.csv\n          columns: [tenure, charges]\n          numericEffect: ks\n          threshold: 0.06\n          inconclusive: POLICY";

    [TestCase("allow", "pass", TestName = "Inconclusive_columns_are_reported_but_do_not_block_by_default")]
    [TestCase("block", "fail", TestName = "Inconclusive_columns_block_with_inconclusive_block")]
    public async Task Inconclusive_columns_follow_the_policy(string policy, string verdict)
    {
        // Arrange: current data from the same generator with another seed.
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: Gate.Replace("POLICY", policy, StringComparison.Ordinal));
        SampleProject.WriteData(Path.Combine(dir.Path, "current.csv"), 800, 99);
        var candidate = GateRun.Train(config, dir, "m1");

        // Act
        var result = await GateRun.Evaluate(config, candidate);

        // Assert
        Assert.That(result.Verdict, Is.EqualTo(verdict), result.Message);
        Assert.That(result.Message, Does.Contain("inconclusive (" + (policy == "block" ? "blocking" : "reported") + "): "));
        Assert.That(result.Warnings, Has.Some.Contains("inconclusive"));
        var columns = result.Evidence!["columns"]!.AsArray();
        Assert.That(columns.Select(c => c!["verdict"]!.GetValue<string>()), Is.All.EqualTo("inconclusive"));
        Assert.That(columns.Select(c => c!["intervalMethod"]!.GetValue<string>()), Is.All.EqualTo("dkw"));
    }

    [TestCase("threshold: auto", null)]
    [TestCase("threshold: often", "neither a number nor auto")]
    [TestCase("inconclusive: maybe", "drift.inconclusive 'maybe' is unknown")]
    [TestCase("numericEffect: mmd", "mmd")]
    public void Verdict_settings_are_checked_when_the_file_loads(string setting, string? problem)
    {
        // Arrange
        using var dir = new TempDir();
        var gates = $"      - drift:\n          reference: data.csv\n          current: data.csv\n          {setting}";

        // Act
        var ex = problem is null ? null : Assert.Throws<TollgateException>(() => SampleProject.Create(dir, gates: gates));

        // Assert
        if (problem is null)
        {
            Assert.That(SampleProject.Create(dir, gates: gates).Environments[1].Gates[0].Drift!.AutoThreshold, Is.True);
        }
        else
        {
            Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.GateInvalid));
            Assert.That(ex.Message, Does.Contain(problem));
        }
    }
}
