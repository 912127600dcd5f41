using Tollgate.Core.Environments.GitHub;

namespace Tollgate.Core.Tests.Environments.GitHub;

/// <summary>The structured description of audit statuses: written and read back, and nothing else taken for one.</summary>
public sealed class AuditStatusTests
{
    [Test]
    public void Round_trips_values_with_spaces_equals_signs_and_bars()
    {
        // Arrange
        var description = AuditStatus.Describe("approval", "prod env=eu", "Mona Lisa", "ok | really");

        // Act
        var parsed = AuditStatus.TryParse(description, out var audit);

        // Assert
        Assert.That(parsed, Is.True);
        Assert.That(audit, Is.EqualTo(("approval", (string?)"prod env=eu", "Mona Lisa", (string?)"ok | really")));
    }

    [Test]
    public void Reads_a_record_without_environment_or_comment()
    {
        // Act
        var parsed = AuditStatus.TryParse(AuditStatus.Describe("retirement", null, "carol", null), out var audit);

        // Assert
        Assert.That(parsed, Is.True);
        Assert.That(audit, Is.EqualTo(("retirement", (string?)null, "carol", (string?)null)));
    }

    [TestCase(null)]
    [TestCase("live")]
    [TestCase("Superseded by deployment 7")]
    [TestCase("tollgate:approval env=production")]
    public void Ordinary_status_descriptions_are_not_audit_records(string? description)
    {
        // Act
        var parsed = AuditStatus.TryParse(description, out _);

        // Assert
        Assert.That(parsed, Is.False);
    }
}
