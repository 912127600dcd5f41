namespace Tollgate.Core.Tests.Gates;

public class GateOptionsValidatorTests
{
    [TestCase("      - robustness:\n          maxFlipRate: 1.5", "robustness.maxFlipRate = 1.5 is a rate")]
    [TestCase("      - robustness:\n          noise: 0", "robustness.noise = 0 must be greater than 0")]
    [TestCase("      - parity:\n          alpha: 5", "parity.alpha = 5 is a significance level")]
    [TestCase("      - parity:\n          minAgreement: -0.1", "parity.minAgreement = -0.1 is a rate")]
    [TestCase("      - performance:\n          p95Ms: -5", "performance.p95Ms = -5 must be greater than 0")]
    [TestCase("      - fairness:\n          sensitive: region\n          maxEqualizedOddsDifference: 2", "fairness.maxEqualizedOddsDifference = 2")]
    [TestCase("      - fairness: {}", "fairness.sensitive is empty")]
    public void Impossible_thresholds_are_rejected_when_the_policy_is_loaded(string gates, string expected)
    {
        // Arrange
        using var dir = new TempDir();

        // Act
        var ex = Assert.Throws<TollgateException>(() => SampleProject.Create(dir, gates: gates));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.GateInvalid));
        Assert.That(ex.Message, Does.Contain("environments[staging].gates[0]." + expected));
    }

    [Test]
    public void Sensible_settings_of_the_four_kinds_load()
    {
        // Arrange
        using var dir = new TempDir();
        const string gates = "      - performance:\n          p95Ms: 5\n      - fairness:\n          sensitive: region\n      - robustness:\n          noise: 0.01\n      - parity:\n          minAgreement: 0.98\n          margin: 0.02";

        // Act
        var config = SampleProject.Create(dir, gates: gates);

        // Assert
        var loaded = config.Environments[1].Gates;
        Assert.That(loaded.Select(g => Tollgate.Core.Gates.GateFactory.KindOf(g, "test")), Is.EqualTo(new[] { "performance", "fairness", "robustness", "parity" }));
        Assert.That(loaded[0].Performance!.P95Ms, Is.EqualTo(5));
        Assert.That(loaded[3].Parity!.Margin, Is.EqualTo(0.02));
    }
}
