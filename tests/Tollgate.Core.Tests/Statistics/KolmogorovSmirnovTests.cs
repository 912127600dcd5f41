using Tollgate.Core.Statistics;

namespace Tollgate.Core.Tests.Statistics;

[TestFixture]
public sealed class KolmogorovSmirnovTests
{
    [Test]
    public void Exact_p_value_of_disjoint_samples_is_two_over_binomial()
    {
        // Arrange: every a below every b; only the two extreme labelings reach D = 1.
        double[] a = [1, 2, 3, 4, 5];
        double[] b = [6, 7, 8, 9, 10, 11, 12];

        // Act
        var r = KolmogorovSmirnov.Test(a, b, KsMethod.Exact);

        // Assert: 2 / C(12, 5) = 2/792.
        Assert.That(r.Statistic, Is.EqualTo(1.0));
        Assert.That(r.PValue, Is.EqualTo(2.0 / 792).Within(1e-15));
        Assert.That(r.Extra["method"], Is.EqualTo("exact"));
    }

    [Test]
    public void Exact_ties_checks_only_where_the_pooled_value_changes()
    {
        // Arrange: two values only, so few positions can be checked.
        double[] a = [0, 0, 0, 1, 1, 1, 1, 1];
        double[] b = [0, 0, 0, 0, 0, 1, 1, 1];

        // Act
        var exact = KolmogorovSmirnov.Test(a, b, KsMethod.Exact);
        var ties = KolmogorovSmirnov.Test(a, b, KsMethod.ExactTies);

        // Assert: only position 8 (after the zeros) counts; D ≥ 0.25 unless a holds exactly 4 of the 8 zeros,
        // so p = 1 − C(8,4)²/C(16,8) = 1 − 4900/12870, below the continuous exact p that checks every step.
        Assert.That(ties.Statistic, Is.EqualTo(exact.Statistic));
        Assert.That(ties.PValue, Is.EqualTo(1 - (4900.0 / 12870)).Within(1e-14));
        Assert.That(ties.PValue, Is.LessThan(exact.PValue));
    }

    [Test]
    public void Auto_switches_to_asymptotic_above_ten_thousand_values()
    {
        // Arrange
        var a = Enumerable.Range(0, 10_001).Select(i => i * 0.5).ToArray();
        var b = Enumerable.Range(0, 200).Select(i => (i * 3.0) + 0.25).ToArray();

        // Act
        var r = KolmogorovSmirnov.Test(a, b);

        // Assert
        Assert.That(r.Extra["method"], Is.EqualTo("asymp"));
    }

    [Test]
    public void Exact_ties_refuses_lattices_that_are_too_large()
    {
        // Arrange
        var a = new double[20_000];
        var b = new double[20_000];
        b[0] = 1;

        // Act / Assert
        Assert.That(() => KolmogorovSmirnov.Test(a, b, KsMethod.ExactTies), Throws.TypeOf<TollgateException>().With.Property("Code").EqualTo(ErrorCodes.StatParameterInvalid));
    }

    [Test]
    public void Kolmogorov_limit_matches_the_series_at_one()
    {
        // Arrange: P(K ≥ 1) = 2 Σ (−1)^(k−1) e^(−2k²) = 0.26999967167735456 (kstwobign.sf(1)).
        var p = KolmogorovDistribution.LimitSf(1.0);

        // Assert
        Assert.That(p, Is.EqualTo(0.26999967167735456).Within(1e-15));
    }
}
