namespace Tollgate.Cli.Tests;

public class TextTableTests
{
    private static TextTable Deployments() => new TextTable("id", "environment", "model", "version", "state", "created", "by", "gates")
        .AddRow("12", "production", "churn-classifier", "1.0.12+sha.00575e75", "Success", "2026-11-23 15:56:13Z", "alice", "6/6 gates passed: metric, baseline, schema, compliance")
        .AddRow("11", "staging", "churn-classifier", "1.0.11+sha.9f2c1e0a", "Inactive", "2026-11-22 09:01:00Z", "bob", "5/6 gates passed");

    [Test]
    public void Draws_a_grid_at_its_natural_width_when_unlimited()
    {
        // Act
        var text = Deployments().Render(maxWidth: null);

        // Assert: each row on one line, nothing cut
        var lines = text.Split('\n');
        Assert.That(lines.Single(l => l.Contains("production", StringComparison.Ordinal)), Does.Contain("1.0.12+sha.00575e75").And.Contain("6/6 gates passed: metric, baseline, schema, compliance"));
        Assert.That(lines.Max(l => l.Length), Is.GreaterThan(80));
    }

    [TestCase(80)]
    [TestCase(40)]
    public void Switches_to_one_block_per_row_instead_of_wrapping_when_too_wide(int columns)
    {
        // Act
        var text = Deployments().Render(columns);

        // Assert: every value whole on its own line, no line beyond the width unless a single value is longer
        var lines = text.Split('\n');
        Assert.That(lines, Has.Some.EqualTo("  version:     1.0.12+sha.00575e75"));
        Assert.That(lines, Has.Some.EqualTo("  gates:       6/6 gates passed: metric, baseline, schema, compliance"));
        Assert.That(lines.Where(l => l.Length > columns), Is.All.Contain("gates passed"));
    }

    [Test]
    public void Keeps_the_grid_when_it_fits()
    {
        // Act
        var text = new TextTable("environment", "version").AddRow("staging", "1.0.0").Render(80);

        // Assert
        Assert.That(text, Does.Contain("environment").And.Contain("│ staging"));
    }
}
