using Tollgate.Core.Statistics;

namespace Tollgate.Core.Tests.Statistics;

/// <summary>Invariants that must hold for any data: identity, symmetry, scale invariance (seeded samples).</summary>
[TestFixture]
public sealed class PropertyTests
{
    private static IEnumerable<int> Seeds() => [1, 2, 3, 4, 5];

    [TestCaseSource(nameof(Seeds))]
    public void Identical_samples_give_zero_distance_and_p_value_one(int seed)
    {
        // Arrange
        var x = Normal(seed, 200, 3.0, 2.0);

        // Act
        var ks = KolmogorovSmirnov.Test(x, x);
        var psi = PopulationStability.Test(x, x);
        var w = Wasserstein.Test(x, x);
        var js = JensenShannon.Binned(x, x);
        var mw = MannWhitney.Test(x, x, "asymptotic", true);

        // Assert
        Assert.That(ks.Statistic, Is.Zero);
        Assert.That(ks.PValue, Is.EqualTo(1.0));
        Assert.That(psi.Statistic, Is.Zero);
        Assert.That(w.Statistic, Is.Zero);
        Assert.That(js.Statistic, Is.Zero);
        Assert.That(mw.PValue, Is.EqualTo(1.0));
    }

    [TestCaseSource(nameof(Seeds))]
    public void Swapping_samples_keeps_symmetric_statistics(int seed)
    {
        // Arrange
        var a = Normal(seed, 120, 0, 1);
        var b = Normal(seed + 100, 150, 0.3, 1.5);

        // Act / Assert (tolerance 1e-12: only summation order differs)
        foreach (var method in new[] { KsMethod.Exact, KsMethod.Asymp, KsMethod.ExactTies, KsMethod.Kolmogorov })
        {
            var ab = KolmogorovSmirnov.Test(a, b, method);
            var ba = KolmogorovSmirnov.Test(b, a, method);
            Assert.That(ba.Statistic, Is.EqualTo(ab.Statistic));
            Assert.That(ba.PValue, Is.EqualTo(ab.PValue).Within(1e-12));
        }

        Assert.That(Wasserstein.Test(b, a).Statistic, Is.EqualTo(Wasserstein.Test(a, b).Statistic).Within(1e-12));
        Assert.That(TTests.Welch(b, a).PValue, Is.EqualTo(TTests.Welch(a, b).PValue).Within(1e-12));
        Assert.That(MannWhitney.Test(b, a).PValue, Is.EqualTo(MannWhitney.Test(a, b).PValue).Within(1e-12));
        Assert.That(AndersonDarlingKSample.Test([b, a]).Statistic, Is.EqualTo(AndersonDarlingKSample.Test([a, b]).Statistic).Within(1e-9));
        Assert.That(JensenShannon.Distance([1, 2, 3, 0], [0, 2, 2, 5]), Is.EqualTo(JensenShannon.Distance([0, 2, 2, 5], [1, 2, 3, 0])).Within(1e-15));
    }

    [TestCaseSource(nameof(Seeds))]
    public void Scaling_both_samples_leaves_unit_free_statistics_unchanged(int seed)
    {
        // Arrange (scale by a power of two so the scaled doubles are exact)
        var a = Normal(seed, 200, 1, 1);
        var b = Normal(seed + 50, 180, 1.2, 1.1);
        var sa = a.Select(v => v * 64).ToArray();
        var sb = b.Select(v => v * 64).ToArray();

        // Act / Assert
        Assert.That(KolmogorovSmirnov.Test(sa, sb).Statistic, Is.EqualTo(KolmogorovSmirnov.Test(a, b).Statistic));
        Assert.That(PopulationStability.Test(sa, sb).Statistic, Is.EqualTo(PopulationStability.Test(a, b).Statistic).Within(1e-12));
        Assert.That(Wasserstein.Test(sa, sb).Get("normalized"), Is.EqualTo(Wasserstein.Test(a, b).Get("normalized")).Within(1e-12));
        Assert.That(TTests.Welch(sa, sb).Statistic, Is.EqualTo(TTests.Welch(a, b).Statistic).Within(1e-12));
        Assert.That(EffectSize.CohensD(sa, sb).Statistic, Is.EqualTo(EffectSize.CohensD(a, b).Statistic).Within(1e-12));
    }

    [Test]
    public void Non_finite_input_is_rejected_not_propagated()
    {
        // Arrange
        double[] a = [1, 2, double.NaN];
        double[] b = [1, 2, 3];

        // Act / Assert
        Assert.That(() => KolmogorovSmirnov.Test(a, b), Throws.TypeOf<Tollgate.Core.Errors.TollgateException>());
        Assert.That(() => TTests.Welch(b, [1, double.PositiveInfinity]), Throws.TypeOf<Tollgate.Core.Errors.TollgateException>());
    }

    private static double[] Normal(int seed, int n, double mean, double sd)
    {
        var rng = new Random(seed);
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            var u1 = 1.0 - rng.NextDouble();
            var u2 = rng.NextDouble();
            x[i] = Math.Round(mean + (sd * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2)), 6);
        }

        return x;
    }
}
