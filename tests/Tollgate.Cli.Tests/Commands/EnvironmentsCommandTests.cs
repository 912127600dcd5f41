namespace Tollgate.Cli.Tests.Commands;

/// <summary><c>tollgate environments</c>: tollgate.yml's environments in promotion order, for front ends.</summary>
public class EnvironmentsCommandTests
{
    [Test]
    public void Json_lists_the_environments_in_promotion_order_with_their_gates()
    {
        // Arrange
        using var project = new TempProject();

        // Act
        var (exit, stdout, _) = CliHarness.Run("environments", "--config", project.Config, "--json");

        // Assert
        Assert.That(exit, Is.EqualTo(0));
        using var json = JsonDocument.Parse(stdout);
        Assert.That(json.RootElement.GetProperty("ok").GetBoolean(), Is.True);
        Assert.That(json.RootElement.GetProperty("config").GetString(), Is.EqualTo(Path.GetFullPath(project.Config)));
        var environments = json.RootElement.GetProperty("environments").EnumerateArray().ToList();
        Assert.That(environments.Select(e => e.GetProperty("name").GetString()), Is.EqualTo(new[] { "sandbox", "staging" }));
        Assert.That(environments[1].GetProperty("gates").GetInt32(), Is.GreaterThan(0));
    }

    [Test]
    public void Text_prints_one_environment_per_line()
    {
        // Arrange
        using var project = new TempProject();

        // Act
        var (exit, stdout, _) = CliHarness.Run("environments", "--config", project.Config);

        // Assert
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')[0]), Is.EqualTo(new[] { "sandbox", "staging" }));
    }

    [Test]
    public void A_missing_config_is_an_input_error_with_a_code()
    {
        // Act
        var (exit, stdout, _) = CliHarness.Run("environments", "--config", "/nonexistent/tollgate.yml", "--json");

        // Assert
        Assert.That(exit, Is.EqualTo(2));
        using var json = JsonDocument.Parse(stdout);
        Assert.That(json.RootElement.GetProperty("error").GetProperty("code").GetString(), Is.EqualTo("TOLLGATE0001"));
    }
}
