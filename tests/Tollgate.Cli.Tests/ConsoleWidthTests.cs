namespace Tollgate.Cli.Tests;

public class ConsoleWidthTests
{
    [Test]
    public void Honours_columns_even_when_redirected() =>
        Assert.That(ConsoleWidth.Limit(v => v == "COLUMNS" ? "120" : null, redirected: true, () => 80), Is.EqualTo(120));

    [Test]
    public void Has_no_limit_when_redirected_without_columns() =>
        Assert.That(ConsoleWidth.Limit(_ => null, redirected: true, () => 80), Is.Null);

    [Test]
    public void Uses_the_terminal_width_otherwise() =>
        Assert.That(ConsoleWidth.Limit(v => v == "COLUMNS" ? "not a number" : null, redirected: false, () => 100), Is.EqualTo(100));
}
