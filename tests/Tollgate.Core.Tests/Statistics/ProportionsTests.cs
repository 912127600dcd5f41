using Tollgate.Core.Statistics;

namespace Tollgate.Core.Tests.Statistics;

[TestFixture]
public sealed class ProportionsTests
{
    [Test]
    public void Wilson_interval_matches_R_prop_test_without_correction()
    {
        // Act: R prop.test(8, 10, correct = FALSE)$conf.int = 0.4901625 0.9433178
        var (low, high) = Proportions.Wilson(8, 10);

        // Assert (R prints 7 digits)
        Assert.That(low, Is.EqualTo(0.4901625).Within(1e-7));
        Assert.That(high, Is.EqualTo(0.9433178).Within(1e-7));
    }

    [Test]
    public void Wilson_interval_stays_inside_zero_one_at_the_edges()
    {
        // Act
        var (low, high) = Proportions.Wilson(0, 20);

        // Assert
        Assert.That(low, Is.Zero);
        Assert.That(high, Is.GreaterThan(0).And.LessThan(0.2));
    }

    [Test]
    public void Paired_accuracy_difference_is_centred_on_discordant_balance()
    {
        // Arrange: 100 rows; candidate alone right on 10, baseline alone right on 4.
        // Act
        var (diff, low, high) = Proportions.PairedAccuracyDifference(10, 4, 100);

        // Assert: diff = 0.06; var = ((14) − 36/100)/100² = 0.001364; half = 1.959964·sqrt(var).
        Assert.That(diff, Is.EqualTo(0.06).Within(1e-15));
        Assert.That(high - diff, Is.EqualTo(1.959963984540054 * Math.Sqrt(0.001364)).Within(1e-12));
        Assert.That(diff - low, Is.EqualTo(high - diff).Within(1e-15));
    }
}
