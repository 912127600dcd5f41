using Tollgate.Core.Environments.GitHub;

namespace Tollgate.Core.Tests.Environments.GitHub;

[TestFixture]
public sealed class GitHubSettingsResolverTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;

    [Test]
    public void Selects_github_only_when_token_and_repository_are_set()
    {
        // Arrange
        var both = Env(("GITHUB_TOKEN", "t"), ("GITHUB_REPOSITORY", "o/r"));
        var tokenOnly = Env(("GITHUB_TOKEN", "t"));

        // Act
        var selected = GitHubSettingsResolver.IsSelected(both);
        var notSelected = GitHubSettingsResolver.IsSelected(tokenOnly);

        // Assert
        Assert.That(selected, Is.True);
        Assert.That(notSelected, Is.False);
        Assert.That(GitHubSettingsResolver.Resolve(tokenOnly), Is.Null);
    }

    [Test]
    public void Reads_the_variables_github_actions_sets()
    {
        // Arrange
        var env = Env(("GITHUB_TOKEN", "ghs_secret"), ("GITHUB_REPOSITORY", "octo-org/models"), ("GITHUB_API_URL", "https://ghe.example/api/v3"),
            ("GITHUB_SERVER_URL", "https://ghe.example"), ("GITHUB_RUN_ID", "99"));

        // Act
        var settings = GitHubSettingsResolver.Resolve(env)!;

        // Assert
        Assert.That(settings.Owner, Is.EqualTo("octo-org"));
        Assert.That(settings.Repository, Is.EqualTo("models"));
        Assert.That(settings.ApiUrl, Is.EqualTo(new Uri("https://ghe.example/api/v3/")));
        Assert.That(settings.LogUrl, Is.EqualTo("https://ghe.example/octo-org/models/actions/runs/99"));
        Assert.That(settings.ToString(), Does.Not.Contain("ghs_secret"));
    }

    [Test]
    public void Explicit_settings_win_and_the_default_is_github_com()
    {
        // Arrange
        var env = Env(("MY_TOKEN", "t"), ("GITHUB_REPOSITORY", "a/b"));

        // Act
        var fromDefault = GitHubSettingsResolver.Resolve(env, "MY_TOKEN")!;
        var explicitOnes = GitHubSettingsResolver.Resolve(env, "MY_TOKEN", repository: "c/d", apiUrl: "https://ghe.example/api/v3/", environmentUrl: "https://{environment}.example")!;

        // Assert
        Assert.That(fromDefault.ApiUrl, Is.EqualTo(new Uri("https://api.github.com/")));
        Assert.That(explicitOnes.Slug, Is.EqualTo("c/d"));
        Assert.That(explicitOnes.ApiUrl, Is.EqualTo(new Uri("https://ghe.example/api/v3/")));
        Assert.That(explicitOnes.EnvironmentUrl, Is.EqualTo("https://{environment}.example"));
    }

    [TestCase("no-slash")]
    [TestCase("a/b/c")]
    [TestCase("/b")]
    public void Rejects_a_malformed_repository(string repository)
    {
        // Arrange
        var env = Env(("GITHUB_TOKEN", "t"), ("GITHUB_REPOSITORY", repository));

        // Act
        var error = Assert.Throws<TollgateException>(() => GitHubSettingsResolver.Resolve(env));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.GitHubSettingsInvalid));
        Assert.That(error.Message, Does.Contain(repository));
    }

    [Test]
    public void Rejects_a_relative_api_url()
    {
        // Act
        var error = Assert.Throws<TollgateException>(() => GitHubSettingsResolver.NormalizeApiUrl("ghe.example/api/v3"));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.GitHubSettingsInvalid));
        Assert.That(error.Hint, Does.Contain("/api/v3"));
    }
}
