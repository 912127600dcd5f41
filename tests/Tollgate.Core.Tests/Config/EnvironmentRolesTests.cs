using Tollgate.Core.Config;

namespace Tollgate.Core.Tests.Config;

public class EnvironmentRolesTests
{
    private static TollgateConfig Config(params EnvironmentSection[] environments) => new() { Environments = [.. environments] };

    [Test]
    public void By_default_the_last_environment_is_production_and_the_first_is_transient_whatever_their_names()
    {
        // Arrange
        var config = Config(new() { Name = "dev" }, new() { Name = "qa" }, new() { Name = "live" });

        // Act
        var production = config.Environments.Select(e => EnvironmentRoles.IsProduction(config, e.Name));
        var transient = config.Environments.Select(e => EnvironmentRoles.IsTransient(config, e.Name));

        // Assert
        Assert.That(production, Is.EqualTo(new[] { false, false, true }));
        Assert.That(transient, Is.EqualTo(new[] { true, false, false }));
    }

    [Test]
    public void Configured_flags_win_over_position_and_names_mean_nothing()
    {
        // Arrange
        var config = Config(new() { Name = "sandbox", Transient = false }, new() { Name = "production", Production = false }, new() { Name = "eu", Production = true, Transient = true });

        // Act
        var production = config.Environments.Select(e => EnvironmentRoles.IsProduction(config, e.Name));
        var transient = config.Environments.Select(e => EnvironmentRoles.IsTransient(config, e.Name));

        // Assert
        Assert.That(production, Is.EqualTo(new[] { false, false, true }));
        Assert.That(transient, Is.EqualTo(new[] { false, false, true }));
    }

    [Test]
    public void A_single_environment_is_production_and_not_transient()
    {
        // Arrange
        var config = Config(new EnvironmentSection { Name = "only" });

        // Act / Assert
        Assert.That(EnvironmentRoles.IsProduction(config, "only"), Is.True);
        Assert.That(EnvironmentRoles.IsTransient(config, "only"), Is.False);
    }
}
