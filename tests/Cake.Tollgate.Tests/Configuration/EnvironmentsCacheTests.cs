using Cake.Tollgate.Configuration;

namespace Cake.Tollgate.Tests.Configuration;

/// <summary>
/// <c>TollgateEnvironments(settings, cacheFile)</c>: the CLI runs once, then only when tollgate.yml's bytes or the CLI change.
/// The config and cache are real files; the CLI process is the fake runner (it counts starts).
/// </summary>
public sealed class EnvironmentsCacheTests
{
    private const string Environments = """
        { "ok": true, "exitCode": 0, "config": "/repo/tollgate.yml", "model": "churn",
          "environments": [ { "name": "sandbox", "gates": 0, "strategy": "direct", "promotion": "transit", "approvals": false },
                            { "name": "staging", "gates": 2, "strategy": "direct", "promotion": "transit", "approvals": false } ] }
        """;

    private string dir = "";

    private string Config => Path.Combine(dir, "tollgate.yml");

    private string Cache => Path.Combine(dir, "tools", "tollgate-recipe", "environments.json");

    // One folder per test: NUnit shares a fixture instance between its tests.
    [SetUp]
    public void CreateFolder() => dir = Directory.CreateTempSubdirectory("tollgate-env-cache-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(dir, recursive: true);

    [Test]
    public void Runs_the_cli_once_then_answers_from_the_file_until_tollgate_yml_changes()
    {
        // Arrange
        File.WriteAllText(Config, "model:\n  name: churn\n");
        var context = new FakeCakeContext();
        context.ProcessRunner.Answer(0, Environments).Answer(0, Environments);
        var settings = new TollgateSettings { ConfigFile = Config };

        // Act
        var first = context.TollgateEnvironments(settings, Cache);
        var second = context.TollgateEnvironments(settings, Cache);
        var startsBeforeEdit = context.ProcessRunner.Started.Count;
        File.AppendAllText(Config, "# edited\n");
        var third = context.TollgateEnvironments(settings, Cache);

        // Assert
        Assert.That(startsBeforeEdit, Is.EqualTo(1), "the second call starts no process");
        Assert.That(context.ProcessRunner.Started, Has.Count.EqualTo(2), "an edited tollgate.yml asks the CLI again");
        Assert.That(second.Environments.Select(e => e.Name), Is.EqualTo(first.Environments.Select(e => e.Name)));
        Assert.That(third.Environments.Select(e => e.Name), Is.EqualTo(new[] { "sandbox", "staging" }));
    }

    [Test]
    public void A_corrupt_file_is_a_miss_and_is_rewritten_atomically()
    {
        // Arrange
        File.WriteAllText(Config, "model:\n  name: churn\n");
        var context = new FakeCakeContext();
        context.ProcessRunner.Answer(0, Environments);
        context.TollgateEnvironments(new TollgateSettings { ConfigFile = Config }, Cache);

        // Act
        File.WriteAllText(Cache, "{ not json");
        var afterCorruption = context.TollgateEnvironments(new TollgateSettings { ConfigFile = Config }, Cache);

        // Assert
        Assert.That(context.ProcessRunner.Started, Has.Count.EqualTo(2));
        Assert.That(afterCorruption.Environments, Has.Count.EqualTo(2));
        Assert.That(File.ReadAllText(Cache), Does.Contain("staging"), "the entry is written again");
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(Cache)!), Has.Length.EqualTo(1), "no temp files left behind");
    }

    [Test]
    public void The_key_changes_with_the_cli_and_is_null_without_tollgate_yml()
    {
        // Arrange
        File.WriteAllText(Config, "model:\n  name: churn\n");
        var cli = Path.Combine(dir, "Tollgate.Cli.dll");
        File.WriteAllText(cli, "v1");
        var invocation = new TollgateInvocation("dotnet", cli, false, "settings");

        // Act
        var before = EnvironmentsCache.Key(Config, invocation, "addin");
        File.WriteAllText(cli, "v2, rebuilt");
        var rebuilt = EnvironmentsCache.Key(Config, invocation, "addin");
        var other = EnvironmentsCache.Key(Config, invocation with { CliAssembly = "/elsewhere/Tollgate.Cli.dll" }, "addin");
        var missing = EnvironmentsCache.Key(Path.Combine(dir, "nope.yml"), invocation, "addin");

        // Assert
        Assert.That(new[] { before, rebuilt, other }.Distinct().Count(), Is.EqualTo(3));
        Assert.That(missing, Is.Null);
    }

    [Test]
    public void Without_a_config_file_it_finds_tollgate_yml_upward_like_the_cli()
    {
        // Arrange
        File.WriteAllText(Config, "model:\n  name: churn\n");
        var nested = Directory.CreateDirectory(Path.Combine(dir, "a", "b")).FullName;

        // Act
        var found = EnvironmentsCache.FindConfig(nested);

        // Assert
        Assert.That(found, Is.EqualTo(Config));
    }
}
