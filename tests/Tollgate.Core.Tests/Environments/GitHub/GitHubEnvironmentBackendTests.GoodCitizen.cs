using Octokit;
using DeploymentState = Tollgate.Core.Environments.DeploymentState;

namespace Tollgate.Core.Tests.Environments.GitHub;

/// <summary>Against the emulator, which applies auto_inactive as GitHub's contract says: other deployments stay live.</summary>
public sealed partial class GitHubEnvironmentBackendTests
{
    [Test]
    public async Task Success_leaves_other_tools_and_other_models_live_and_inactivates_only_its_own_previous_deployment()
    {
        // Arrange: a web app deployment of another tool and another model, both live in staging
        var owner = github.Emulator.Options.Owner;
        var repo = github.Emulator.Options.Repository;
        var raw = github.RawClient();
        var web = await raw.Repository.Deployment.Create(owner, repo, new NewDeployment(github.Commit) { Environment = "staging", Task = "deploy", AutoMerge = false, RequiredContexts = [] });
        await raw.Repository.Deployment.Status.Create(owner, repo, web.Id, new NewDeploymentStatus(Octokit.DeploymentState.Success));
        var backend = github.Backend();
        var other = await backend.CreateDeploymentAsync(github.Request(digest: "sha256:0f") with { Model = new("fraud", "3.0.0", "sha256:0f") }, CancellationToken.None);
        await backend.SetStatusAsync(other.Id, DeploymentState.Success, "live", CancellationToken.None);
        var first = await backend.CreateDeploymentAsync(github.Request(version: "1.0.0", digest: "sha256:01"), CancellationToken.None);
        await backend.SetStatusAsync(first.Id, DeploymentState.Success, "live", CancellationToken.None);

        // Act
        var second = await backend.CreateDeploymentAsync(github.Request(version: "1.1.0", digest: "sha256:02") with { ExpectedCurrentDeploymentId = null }, CancellationToken.None);
        await backend.SetStatusAsync(second.Id, DeploymentState.Success, "live", CancellationToken.None);

        // Assert
        string StateOf(string id) => github.Emulator.State.Deployments.Single(d => d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == id).State ?? "";
        Assert.That(StateOf(web.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo("success"), "another tool's deployment stays live");
        Assert.That(StateOf(other.Id), Is.EqualTo("success"), "another model sharing the environment name stays live");
        Assert.That(StateOf(first.Id), Is.EqualTo("inactive"), "Tollgate's own previous deployment of the model is superseded");
        Assert.That(StateOf(second.Id), Is.EqualTo("success"));
    }
}
