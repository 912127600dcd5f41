using Tollgate.Core.Data;
using Tollgate.Core.Statistics.Drift;

namespace Tollgate.Core.Tests.Statistics.Drift;

/// <summary>
/// Three-valued drift verdicts on the effect size's interval, on seeded normal samples (Box–Muller over System.Random):
/// they mean the same at any n — no shift at 10⁷ rows is stable, a small shift near the threshold is inconclusive.
/// </summary>
[TestFixture]
public sealed class DriftVerdictTests
{
    private static readonly DriftOptions Interval = new() { Gate = DriftCriterion.Interval };

    [Test]
    public void No_shift_at_ten_million_rows_is_stable()
    {
        // Arrange: 10⁷ reference and 10⁷ current values from N(0, 1); PSI threshold 0.2 (the gate's default) and KS 0.025.
        var reference = Normal(10_000_000, 0, 1);
        var current = Normal(10_000_000, 0, 2);

        // Act: one pass of the engine (sorting 2·10⁷ values once); the KS verdict from the same column's D.
        var psi = Column(reference, current, Interval with { NumericEffectThreshold = 0.2 });
        var ksColumn = psi with { EffectMetric = "ks", EffectSize = psi.Metrics["ks_d"], EffectThreshold = 0.025 };
        var ks = EffectInterval.For(ksColumn, 0.05)!.Value;

        // Assert
        Assert.That(psi.Verdict, Is.EqualTo(DriftVerdict.Stable));
        Assert.That(psi.EffectUpper, Is.LessThan(1e-4), "noncentral chi-square interval at n_eff = 5e6");
        Assert.That(EffectInterval.Verdict(ks.Lower, ks.Upper, 0.025), Is.EqualTo(DriftVerdict.Stable));
        Assert.That(ks.Method, Is.EqualTo("dkw"));
    }

    [Test]
    public void A_shift_of_a_twentieth_of_a_standard_deviation_at_a_hundred_thousand_rows_is_inconclusive_not_stable()
    {
        // Arrange: true KS distance 2Φ(0.025) − 1 ≈ 0.020 against a threshold of 0.025; the DKW half-width at
        // n = 10⁵ per side is about 0.01, so the data cannot tell which side of the threshold the shift lies.
        var options = Interval with { NumericEffect = "ks", NumericEffectThreshold = 0.025 };
        var reference = Normal(100_000, 0, 3);
        var current = Normal(100_000, 0.05, 4);

        // Act
        var verdict = Column(Copy(reference), Copy(current), options);
        var pointRule = Column(reference, current, options with { Gate = DriftCriterion.Both });

        // Assert
        Assert.That(verdict.Verdict, Is.EqualTo(DriftVerdict.Inconclusive));
        Assert.That(verdict.EffectLower, Is.LessThan(0.025));
        Assert.That(verdict.EffectUpper, Is.GreaterThan(0.025));
        Assert.That(verdict.Drifted, Is.False);
        Assert.That(pointRule.Status, Is.EqualTo("no-drift"), "the old rule calls it no drift: significant but below the threshold");
    }

    [Test]
    public void At_two_hundred_rows_chance_alone_is_rarely_called_drifted_while_the_point_estimate_often_is()
    {
        // Arrange: 200 seeded A/A pairs of 200 values each; by chance alone PSI averages about 9·(2/200) = 0.09.
        var options = Interval with { NumericEffectThreshold = 0.1 };
        const int pairs = 200;

        // Act
        var columns = Enumerable.Range(0, pairs).Select(i => Column(Normal(200, 0, 1000 + i), Normal(200, 0, 5000 + i), options)).ToList();

        // Assert
        var drifted = columns.Count(c => c.Verdict == DriftVerdict.Drifted);
        var pointEstimate = columns.Count(c => c.EffectSize >= 0.1);
        var inconclusive = columns.Count(c => c.Verdict == DriftVerdict.Inconclusive);
        TestContext.Out.WriteLine($"drifted {drifted}, inconclusive {inconclusive}, PSI >= 0.1 {pointEstimate} of {pairs}");
        Assert.That(drifted, Is.LessThanOrEqualTo(pairs * 0.05), "at most alpha of the A/A pairs");
        Assert.That(pointEstimate, Is.GreaterThan(pairs / 5), "a fixed PSI threshold flags many A/A pairs at small n");
        Assert.That(inconclusive, Is.GreaterThan(pairs / 2), "mostly: the data cannot decide at this n");
    }

    [Test]
    public void A_shift_of_one_standard_deviation_is_drifted_for_psi_and_jensen_shannon()
    {
        // Arrange
        var reference = Normal(5000, 0, 7);
        var current = Normal(5000, 1, 8);

        // Act
        var psi = Column(Copy(reference), Copy(current), Interval with { NumericEffectThreshold = 0.2 });
        var js = Column(reference, current, Interval with { NumericEffect = "jensen-shannon", NumericEffectThreshold = 0.1 });

        // Assert
        Assert.That(psi.Verdict, Is.EqualTo(DriftVerdict.Drifted));
        Assert.That(psi.EffectLower, Is.GreaterThan(0.2).And.LessThan(psi.EffectSize!.Value));
        Assert.That(js.Verdict, Is.EqualTo(DriftVerdict.Drifted));
        Assert.That(js.Drifted, Is.True);
    }

    [Test]
    public void Threshold_auto_comes_from_seeded_split_halves_of_the_reference()
    {
        // Arrange
        var reference = Normal(20_000, 0, 9);
        var options = Interval with { AutoThreshold = true, AutoThresholdSeed = 5 };

        // Act
        var first = Column(Copy(reference), Normal(20_000, 0.5, 10), options);
        var again = Column(Copy(reference), Normal(20_000, 0.5, 10), options);

        // Assert: two halves of 10⁴ values show a PSI of about 9·(1/10⁴ + 1/10⁴) by chance.
        Assert.That(first.EffectThreshold, Is.GreaterThan(1e-4).And.LessThan(0.01));
        Assert.That(again.EffectThreshold, Is.EqualTo(first.EffectThreshold), "same seed, same threshold");
        Assert.That(first.Verdict, Is.EqualTo(DriftVerdict.Drifted));
    }

    private static ColumnDrift Column(double[] reference, double[] current, DriftOptions options) =>
        DriftEngine.Run(Table("ref", reference), Table("cur", current), options).Columns.Single();

    private static DataTable Table(string source, double[] values) =>
        new(source, [new DataColumn("x", ColumnKind.Numeric, values, null, 0, 0)], values.Length);

    private static double[] Copy(double[] values) => (double[])values.Clone();

    private static double[] Normal(int n, double mean, int seed)
    {
        var random = new Random(seed);
        var values = new double[n];
        for (var i = 0; i < n; i += 2)
        {
            var r = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
            var theta = 2 * Math.PI * random.NextDouble();
            values[i] = mean + (r * Math.Cos(theta));
            if (i + 1 < n)
            {
                values[i + 1] = mean + (r * Math.Sin(theta));
            }
        }

        return values;
    }
}
