using Tollgate.Core.Gates;

namespace Tollgate.Core.Tests.Gates;

public class MetricExpressionTests
{
    [TestCase("auc >= 0.85", 0.85, true)]
    [TestCase("auc >= 0.85", 0.8499, false)]
    [TestCase("rmse <= 3.2", 3.1, true)]
    [TestCase("rmse < 3.2", 3.2, false)]
    [TestCase("log-loss>0.1", 0.2, true)]
    [TestCase("accuracy == 1", 1.0, true)]
    public void Compares_the_observed_value_with_the_threshold(string expression, double observed, bool passes) =>
        Assert.That(MetricExpression.Parse(expression, "test").Passes(observed), Is.EqualTo(passes));

    [Test]
    public void NaN_never_passes() => Assert.That(MetricExpression.Parse("auc >= 0", "test").Passes(double.NaN), Is.False);

    [TestCase("auc => 0.8")]
    [TestCase(">= 0.8")]
    [TestCase("auc >= high")]
    public void Rejects_malformed_expressions(string expression)
    {
        var ex = Assert.Throws<TollgateException>(() => MetricExpression.Parse(expression, "tollgate.yml"));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.GateInvalid));
    }
}
