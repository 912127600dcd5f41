using Tollgate.Core.Environments.GitHub;
using Tollgate.GitHubEmulator;
using DeploymentState = Tollgate.Core.Environments.DeploymentState;

namespace Tollgate.Core.Tests.Environments.GitHub;

public sealed partial class GitHubEnvironmentBackendTests
{
    [Test]
    public async Task Explains_a_rejected_token_without_showing_it()
    {
        // Arrange
        var wrong = "ghp_wrongwrongwrong0123456789";
        var backend = github.Backend(github.Settings with { Token = wrong });

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => backend.CreateDeploymentAsync(github.Request(), CancellationToken.None));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.GitHubUnauthorized));
        Assert.That(error.Message, Does.Contain("401").And.Contain("Bad credentials").And.Contain("octo-org/models"));
        Assert.That(error.Hint, Does.Contain("GITHUB_TOKEN"));
        AssertNoSecret(error, wrong);
    }

    [Test]
    public async Task Explains_a_missing_deployments_write_permission()
    {
        // Arrange
        await github.DisposeAsync();
        github = await EmulatedGitHub.StartAsync(new EmulatorOptions { ReadOnlyToken = true });

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => github.Backend().CreateDeploymentAsync(github.Request(), CancellationToken.None));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.GitHubForbidden));
        Assert.That(error.Message, Does.Contain("403").And.Contain("deployments=write"));
        Assert.That(error.Hint, Does.Contain("deployments: write").And.Contain("repo_deployment"));
        AssertNoSecret(error, github.Emulator.Token);
    }

    [Test]
    public async Task Explains_an_unknown_repository()
    {
        // Arrange
        var backend = github.Backend(github.Settings with { Repository = "no-such-repo" });

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => backend.ListDeploymentsAsync("staging", CancellationToken.None));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.GitHubNotFound));
        Assert.That(error.Message, Does.Contain("octo-org/no-such-repo").And.Contain("404"));
        Assert.That(error.Hint, Does.Contain("GITHUB_REPOSITORY"));
    }

    [Test]
    public async Task Explains_an_invalid_environment_name()
    {
        // Arrange
        var request = github.Request(new string('e', 256));

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => github.Backend().CreateDeploymentAsync(request, CancellationToken.None));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.GitHubValidationFailed));
        Assert.That(error.Message, Does.Contain("422").And.Contain("Deployment.environment invalid"));
        Assert.That(error.Hint, Does.Contain("environment name"));
    }

    [Test]
    public async Task Explains_a_commit_github_does_not_know()
    {
        // Arrange
        var request = github.Request() with { Commit = new string('f', 40) };

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => github.Backend().CreateDeploymentAsync(request, CancellationToken.None));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.GitHubValidationFailed));
        Assert.That(error.Message, Does.Contain("No ref found for: " + new string('f', 40)));
    }

    [Test]
    public async Task Fails_the_check_when_required_contexts_are_not_green_and_names_them()
    {
        // Arrange
        github.Emulator.State.AddCheckRun(github.Commit, "build", "completed", "success");
        github.Emulator.State.AddCheckRun(github.Commit, "model-eval", "completed", "failure");
        var request = github.Request() with { RequiredContexts = ["build", "model-eval"] };

        // Act
        var error = await Assert.ThrowsAsync<CheckFailedException>(() => github.Backend().CreateDeploymentAsync(request, CancellationToken.None));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.GitHubRequiredContexts));
        Assert.That(error.Message, Does.Contain("409").And.Contain("model-eval=failure").And.Not.Contain("build="));
        Assert.That(github.Emulator.State.Deployments, Is.Empty);
    }

    [Test]
    public async Task Creates_when_the_required_contexts_are_green()
    {
        // Arrange
        github.Emulator.State.AddCheckRun(github.Commit, "build", "completed", "success");
        github.Emulator.State.AddCheckRun(github.Commit, "lint", "completed", "failure");
        var request = github.Request() with { RequiredContexts = ["build"] };

        // Act
        var record = await github.Backend().CreateDeploymentAsync(request, CancellationToken.None);

        // Assert
        Assert.That(record.State, Is.EqualTo(DeploymentState.Queued));
    }

    [Test]
    public async Task Refuses_to_change_a_deployment_tollgate_did_not_create()
    {
        // Arrange
        var options = github.Emulator.Options;
        var foreign = await github.RawClient().Repository.Deployment.Create(options.Owner, options.Repository,
            new Octokit.NewDeployment(github.Commit) { Environment = "staging", AutoMerge = false, RequiredContexts = [] });

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => github.Backend().SetStatusAsync(foreign.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), DeploymentState.Inactive, null, CancellationToken.None));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.GitHubForeignDeployment));
        Assert.That(github.Emulator.State.Deployments.Single().Statuses, Is.Empty);
    }

    [Test]
    public async Task Never_sends_or_shows_the_token()
    {
        // Arrange
        var backend = github.Backend();
        github.Emulator.Faults.ServerErrors(10, 500, "GET", "/statuses");

        // Act
        var created = await github.Backend(github.Settings with { MaxAttempts = 1 }).CreateDeploymentAsync(github.Request(), CancellationToken.None)
            .ContinueWith(t => t.Exception?.InnerException);
        var failure = await Assert.ThrowsAsync<TollgateException>(() => backend.ListDeploymentsAsync(null, CancellationToken.None));

        // Assert
        var token = github.Emulator.Token;
        Assert.That(github.Emulator.Requests.Select(r => r.Body), Has.None.Contain(token));
        Assert.That(github.Emulator.Requests.Select(r => r.PathAndQuery), Has.None.Contain(token));
        Assert.That(github.Emulator.Requests.Select(r => r.Header("Authorization")), Is.All.EqualTo("token " + token).IgnoreCase);
        Assert.That(github.Settings.ToString(), Does.Not.Contain(token).And.Contain("***"));
        AssertNoSecret(failure!, token);
        AssertNoSecret(created!, token);
    }

    [Test]
    public void Redacts_the_token_if_github_echoes_it()
    {
        // Arrange
        var errors = new GitHubErrors(github.Settings);

        // Act
        var redacted = errors.Redact($"bad header token {github.Emulator.Token} rejected");

        // Assert
        Assert.That(redacted, Is.EqualTo("bad header token *** rejected"));
    }

    private static void AssertNoSecret(Exception error, string token)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            Assert.That(e.ToString(), Does.Not.Contain(token));
            Assert.That(e.Message, Does.Not.Contain(token));
        }
    }
}
